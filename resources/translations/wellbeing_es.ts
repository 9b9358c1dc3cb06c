<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../src/wellbeing/ui/restore/choose.py" line="+17"/>
        <location filename="../../src/wellbeing/ui/restore/offer.py" line="+56"/>
        <source>Choose a backup file</source>
        <translation>Elige un archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wellbeing backups (*.wbbackup);;All files (*)</source>
        <translation>Copias de seguridad de Wellbeing (*.wbbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/restore/dialog.py" line="+78"/>
        <location line="+2"/>
        <source>Restore from a backup</source>
        <extracomment>Replacing an open vault (made from the app) rather than a damaged one.</extracomment>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of this backup</source>
        <translation>Frase de contraseña de esta copia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A backup opens with the passphrase the vault had when it was made, or with the vault&apos;s recovery key.</source>
        <translation>Una copia de seguridad se abre con la frase de contraseña que tenía la caja fuerte cuando se hizo, o con la clave de recuperación de la caja fuerte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working on the backup</source>
        <translation>Trabajando con la copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replace my vault with this backup</source>
        <translation>&amp;Reemplazar mi caja fuerte con esta copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel, and change nothing</source>
        <translation>Cancelar, sin cambiar nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Recovery key (32 letters and numbers, in groups of 4):</source>
        <translation>Clave de re&amp;cuperación (32 letras y números, en grupos de 4):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;passphrase instead</source>
        <translation>Usar la &amp;frase de contraseña</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Passphrase of this backup:</source>
        <translation>&amp;Frase de contraseña de esta copia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar la clave de &amp;recuperación</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Checking the backup {name}…</source>
        <translation>Comprobando la copia {name}…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What is in your vault now will be replaced by the backup from {when}.

First, a backup of your vault as it is now will be saved in {folder}, so you can go back to it.</source>
        <translation>Lo que hay ahora en tu caja fuerte se reemplazará por la copia del {when}.

Antes se guardará una copia de tu caja fuerte tal como está ahora en {folder}, para que puedas volver a ella.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your vault will be brought back as it was on {when}.

The damaged files will be kept in a folder next to your vault, in case they are ever needed.</source>
        <translation>Tu caja fuerte volverá a estar como estaba el {when}.

Los archivos dañados se guardarán en una carpeta junto a tu caja fuerte, por si alguna vez hacen falta.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Type the backup&apos;s recovery key first.</source>
        <translation>Primero escribe la clave de recuperación de la copia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Primero escribe la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving a backup of your vault as it is now…</source>
        <translation>Guardando una copia de tu caja fuerte tal como está ahora…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What was in your vault before is saved as {path}.</source>
        <translation>Lo que había antes en tu caja fuerte está guardado como {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The damaged files were kept in {path}. You can delete that folder once you no longer need it.</source>
        <translation>Los archivos dañados se guardaron en {path}. Puedes borrar esa carpeta cuando ya no la necesites.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your vault is as it was, and locked: close this and unlock it with your usual passphrase.</source>
        <translation>Tu caja fuerte está como estaba, y bloqueada: cierra esto y desbloquéala con tu frase de contraseña de siempre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup of it is saved as {path}.</source>
        <translation>Hay una copia de ella guardada como {path}.</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/restore/offer.py" line="-8"/>
        <source>Looking for your newest backup</source>
        <extracomment>The search finished (for tests and for screen readers&apos; sake, nothing else).</extracomment>
        <translation>Buscando tu copia más reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hoose a backup file…</source>
        <translation>Elegir un arc&amp;hivo de copia…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If you have a backup file, you can restore your vault from it.</source>
        <translation>Si tienes un archivo de copia de seguridad, puedes restaurar tu caja fuerte desde él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for your newest backup in {folder}…</source>
        <translation>Buscando tu copia más reciente en {folder}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore the backup from {when}…</source>
        <translation>Restaurar la copia del {when}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the backup from {when}</source>
        <translation>Restaurar la copia del {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your newest backup that checks out is from {when}. Restoring it brings your vault back as it was then.</source>
        <translation>Tu copia más reciente que está en buen estado es del {when}. Al restaurarla, tu caja fuerte vuelve a estar como estaba entonces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newer backup {name} is damaged, so it was skipped.</source>
        <translation>La copia más nueva {name} está dañada, así que se pasó por alto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} newer backups are damaged, so they were skipped: {names}.</source>
        <translation>{count} copias más nuevas están dañadas, así que se pasaron por alto: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no backup in {folder} that can be used.</source>
        <translation>En {folder} no hay ninguna copia que se pueda usar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backups were found in {folder}.</source>
        <translation>No se encontraron copias en {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you have a backup file elsewhere, you can restore from it.</source>
        <translation>Si tienes un archivo de copia en otro lugar, puedes restaurar desde él.</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/restore/texts.py" line="+29"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the backup from {when}. Unlock it with its passphrase.</source>
        <translation>Se restauró la copia del {when}. Desbloquéala con su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That recovery key doesn&apos;t open this backup. It needs the recovery key of the vault the backup was made from. Nothing was changed.</source>
        <translation>Esa clave de recuperación no abre esta copia. Hace falta la clave de recuperación de la caja fuerte de la que se hizo la copia. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That passphrase doesn&apos;t open this backup. It needs the passphrase the vault had when the backup was made, which may be an older one. Nothing was changed.</source>
        <translation>Esa frase de contraseña no abre esta copia. Hace falta la frase que tenía la caja fuerte cuando se hizo la copia, que puede ser una anterior. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your vault was locked before the backup could be restored. Nothing was changed; unlock it and try again.</source>
        <translation>Tu caja fuerte se bloqueó antes de poder restaurar la copia. No se cambió nada; desbloquéala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} No se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup couldn&apos;t be read or restored ({reason}). Nothing was changed.</source>
        <translation>No se pudo leer ni restaurar la copia ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong and nothing was changed. ({kind})</source>
        <translation>Algo no salió bien y no se cambió nada. ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/review/words.py" line="+20"/>
        <source>not at all</source>
        <translation>ninguna vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} times</source>
        <translation>{n} veces</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}”: nothing noted in this period.</source>
        <translation>“{name}”: nada anotado en este periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done {n}</source>
        <translation>hecho {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped {n}</source>
        <translation>saltado {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not needed {n}</source>
        <translation>no hacía falta {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”: {parts}.</source>
        <translation>“{name}”: {parts}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}”: nothing noted in this period.</source>
        <translation>“{text}”: nada anotado en este periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>held {n}</source>
        <translation>sostenido {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crossed {n}</source>
        <translation>cruzado {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renegotiated {n}</source>
        <translation>renegociado {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}”: {parts}.</source>
        <translation>“{text}”: {parts}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/printing/pdf.py" line="+89"/>
        <source>Contact {n}</source>
        <extracomment>Smallest text printed (notes and footer included); below this a plan flows onto another page instead. The card keeps the same floor: it is read in a hard moment. The application property where ``ui.identity`` leaves the name the app shows.</extracomment>
        <translation>Contacto {n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>how likely: {n} of 5</source>
        <translation>probabilidad: {n} de 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the way: {text}</source>
        <translation>lo que puede estorbar: {text}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Kept: {text}</source>
        <translation>Guardado en: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared with: {text}</source>
        <translation>Compartido con: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reviewed: {day}</source>
        <translation>Última revisión: {day}</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+19"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location filename="../../src/wellbeing/ui/screens/history/plan_text.py" line="+160"/>
        <location filename="../../src/wellbeing/ui/screens/review/plan_model.py" line="+35"/>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/review/plan_model.py" line="+18"/>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let go</source>
        <translation>Lo dejé ir</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/boundaries/labels.py" line="+35"/>
        <source>work</source>
        <extracomment>The list line shows this much of a long statement.</extracomment>
        <translation>trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a relationship</source>
        <translation>una relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friends</source>
        <translation>amistades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{status} · {context}</source>
        <translation>{status} · {context}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>held once</source>
        <translation>sostenido una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crossed once</source>
        <translation>cruzado una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renegotiated once</source>
        <translation>renegociado una vez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>held twice</source>
        <translation>sostenido dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crossed twice</source>
        <translation>cruzado dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renegotiated twice</source>
        <translation>renegociado dos veces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>held {count} times</source>
        <translation>sostenido {count} veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crossed {count} times</source>
        <translation>cruzado {count} veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renegotiated {count} times</source>
        <translation>renegociado {count} veces</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing logged this month yet.</source>
        <translation>Todavía no hay nada anotado este mes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{counts} this month.</source>
        <translation>{counts} este mes.</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/data/words.py" line="+20"/>
        <source>No backup is in the backup folder yet.</source>
        <translation>Todavía no hay ninguna copia en la carpeta de copias.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last backup: today at {time}</source>
        <translation>Última copia: hoy a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: yesterday at {time}</source>
        <translation>Última copia: ayer a las {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup: {day} at {time}</source>
        <translation>Última copia: {day} a las {time}</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/history/plan_text.py" line="-77"/>
        <source>(ranked {rank})</source>
        <extracomment>Value piles in the order they are shown.</extracomment>
        <translation>(puesto {rank})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it means:</source>
        <translation>Qué significa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matters:</source>
        <translation>Por qué importa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By {date}</source>
        <translation>Para el {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress: {percent} %</source>
        <translation>Avance: {percent} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific:</source>
        <translation>Específica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurable:</source>
        <translation>Medible:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievable:</source>
        <translation>Alcanzable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevant:</source>
        <translation>Relevante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-bound:</source>
        <translation>Con fecha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(done)</source>
        <translation>(hecho)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/wellbeing/ui/screens/session/summary.py" line="+59"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where it applies:</source>
        <translation>Dónde se aplica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I can say:</source>
        <translation>Qué puedo decir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it is crossed:</source>
        <translation>Si se cruza:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/wellbeing/ui/screens/session/summary.py" line="+1"/>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About it:</source>
        <translation>Acerca de esto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/wellbeing/ui/screens/session/summary.py" line="+1"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How to reach:</source>
        <translation>Cómo contactar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How likely I am to use this: {n} out of 5</source>
        <translation>Qué tan probable es que lo use: {n} de 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What might get in the way:</source>
        <translation>Qué puede estorbar:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last reviewed on {date}.</source>
        <translation>Revisado por última vez el {date}.</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/journal/list_model.py" line="+69"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>Entries per page of the list; the first page is all that opening the screen reads. Matches per step of search. Pages whose entries the models keep (the rest are read again when painted). Rows added to the view at a time. The vault&apos;s excerpt for a search hit, matches between ``[`` and ``]`` (&quot;&quot; when listing).</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mood {mood} of 5</source>
        <translation>ánimo {mood} de 5</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>A blank page</source>
        <translation>Una página en blanco</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/review/plan_model.py" line="-25"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the value</source>
        <translation>el valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the goal</source>
        <translation>la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the boundary</source>
        <translation>el límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routine</source>
        <translation>la rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the safety plan section</source>
        <translation>la sección del plan de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In your plan</source>
        <translation>En tu plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resting</source>
        <translation>En descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{n} items</source>
        <translation>{n} elementos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Part of the plan</source>
        <translation>Parte del plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In your words</source>
        <translation>En tus palabras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/routines/history.py" line="+166"/>
        <source>{day}: still to come.</source>
        <translation>{day}: todavía por llegar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}: not planned.</source>
        <translation>{day}: no previsto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: {status}.</source>
        <translation>{day}: {status}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today, {text}</source>
        <translation>Hoy, {text}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/routines/list_model.py" line="+99"/>
        <source>{name}. {schedule}. Strength {percent} %.</source>
        <translation>{name}. {schedule}. Fuerza {percent} %.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/safety_plan/prompts.py" line="+38"/>
        <source>Warning signs: thoughts, images, moods, situations or behaviours that tell me a crisis may be building</source>
        <translation>Señales de alerta: pensamientos, imágenes, estados de ánimo, situaciones o conductas que me dicen que puede estar gestándose una crisis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Things I can do on my own to take my mind off my problems — ideas that work even at 2 a.m.</source>
        <translation>Cosas que puedo hacer por mi cuenta para despejar la mente de mis problemas — ideas que funcionen incluso a las 2 de la madrugada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and places that help me take my mind off things (to be with, not to tell)</source>
        <translation>Personas y lugares que me ayudan a distraerme (para estar con ellas, no para contarles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People I can ask for help, and how to reach them</source>
        <translation>Personas a las que puedo pedir ayuda, y cómo contactarlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professionals and services I can contact in a crisis — only ones I trust</source>
        <translation>Profesionales y servicios a los que puedo acudir en una crisis — solo los que me dan confianza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The one thing most important to me, worth living for</source>
        <translation>Lo más importante para mí, aquello por lo que vale la pena vivir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a warning sign and press Enter</source>
        <translation>Añade una señal de alerta y pulsa Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add something that helps and press Enter</source>
        <translation>Añade algo que te ayude y pulsa Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person or a place and press Enter</source>
        <translation>Añade una persona o un lugar y pulsa Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone I can ask and press Enter</source>
        <translation>Añade a alguien a quien puedas pedir ayuda y pulsa Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a professional or a service and press Enter</source>
        <translation>Añade un profesional o un servicio y pulsa Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one way to make things safer and press Enter</source>
        <translation>Añade una forma de hacer las cosas más seguras y pulsa Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what matters to me and press Enter</source>
        <translation>Añade lo que te importa y pulsa Enter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an item to add how to reach them, how likely you are to use it, and what might get in the way.</source>
        <translation>Elige un elemento para añadir cómo contactar, qué tan probable es que lo uses y qué podría estorbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an item to add how likely you are to use it and what might get in the way.</source>
        <translation>Elige un elemento para añadir qué tan probable es que lo uses y qué podría estorbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not every service is safe for everyone. Keep only the ones you trust; you can change or remove any of these.</source>
        <translation>No todos los servicios son seguros para todo el mundo. Quédate solo con los que te dan confianza; puedes cambiar o quitar cualquiera de estos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My clinician and their after-hours number</source>
        <translation>Mi profesional de salud y su número fuera de horario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent care near me</source>
        <translation>Atención de urgencias cerca de mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A crisis line I choose</source>
        <translation>Una línea de crisis que yo elija</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not set</source>
        <extracomment>How likely am I to use this? Index = the stored 1–5 (0: not set).</extracomment>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · not likely</source>
        <translation>1 · poco probable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · not sure</source>
        <translation>2 · no lo sé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · maybe</source>
        <translation>3 · quizás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · likely</source>
        <translation>4 · probable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · very likely</source>
        <translation>5 · muy probable</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/session/summary.py" line="+28"/>
        <source>Values: {pile}</source>
        <translation>Valores: {pile}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} — why it matters: {why}</source>
        <translation>{name} — por qué importa: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>by {day}</source>
        <translation>para el {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{step} (done)</source>
        <translation>{step} (hecho)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>steps: {steps}</source>
        <translation>pasos: {steps}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>where: {context}</source>
        <translation>dónde: {context}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what I can say: {script}</source>
        <translation>qué puedo decir: {script}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if it is crossed: {plan}</source>
        <translation>si se cruza: {plan}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Safety plan: {step}</source>
        <translation>Plan de seguridad: {step}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety plan: where it is kept</source>
        <translation>Plan de seguridad: dónde se guarda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety plan: who it is shared with</source>
        <translation>Plan de seguridad: con quién se comparte</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/data/sections.py" line="+85"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is one encrypted file holding everything in Wellbeing. It opens with your passphrase or your recovery key, on this computer or another.</source>
        <translation>Una copia de seguridad es un único archivo cifrado que contiene todo lo que hay en Wellbeing. Se abre con tu frase de contraseña o tu clave de recuperación, en este equipo o en otro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now…</source>
        <translation>Hacer una copia a&amp;hora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save one encrypted backup file.</source>
        <translation>Elige dónde guardar un archivo de copia cifrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace what is in Wellbeing now with a backup, after checking it.</source>
        <translation>Reemplaza lo que hay ahora en Wellbeing con una copia, después de comprobarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make a backup every day</source>
        <translation>Hacer una copia &amp;todos los días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a backup every day</source>
        <translation>Hacer una copia todos los días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once a day while Wellbeing is unlocked, an encrypted backup is saved in the backup folder.</source>
        <translation>Una vez al día, mientras Wellbeing está desbloqueado, se guarda una copia cifrada en la carpeta de copias.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation>Elige la carpeta de copias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best on another drive, outside the vault&apos;s own folder.</source>
        <translation>Mejor en otra unidad, fuera de la carpeta de la caja fuerte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wellbeing keeps the daily backups of the last 7 days, and one a week for the 3 weeks before; older ones are removed. Other files in the folder are never touched.</source>
        <translation>Wellbeing conserva las copias diarias de los últimos 7 días, y una por semana de las 3 semanas anteriores; las más antiguas se eliminan. Los demás archivos de la carpeta nunca se tocan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No backup folder is chosen yet.</source>
        <translation>Todavía no has elegido una carpeta de copias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups are kept in {folder}</source>
        <translation>Las copias se guardan en {folder}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save a backup</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wellbeing backups (*{suffix})</source>
        <translation>Copias de seguridad de Wellbeing (*{suffix})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a folder for backups</source>
        <translation>Elige una carpeta para las copias</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wellbeing will make a backup every day while it is unlocked.</source>
        <translation>Wellbeing hará una copia cada día mientras esté desbloqueado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups are off. The backups already made are kept.</source>
        <translation>Las copias automáticas están desactivadas. Las copias ya hechas se conservan.</translation>
    </message>
</context>
<context>
    <name>BoundariesScreen</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/boundaries/screen.py" line="+32"/>
        <location line="+19"/>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Your boundaries in your own words, what you can say, and how it went. Changes save themselves, encrypted, on this computer only.</source>
        <translation>Tus límites con tus propias palabras, lo que puedes decir y cómo te fue. Los cambios se guardan solos, cifrados, solo en este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New boundary</source>
        <translation>Nuevo límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your boundaries</source>
        <translation>Tus límites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No boundaries written yet. “New boundary” starts one.</source>
        <translation>Todavía no has escrito ningún límite. “Nuevo límite” empieza uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The boundary is in the archive now. Its log is kept.</source>
        <translation>El límite está ahora en el archivo. Su registro se conserva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a boundary, or start a new one.</source>
        <translation>Elige un límite, o empieza uno nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the boundary in a few words and it will save itself.</source>
        <translation>Escribe el límite en pocas palabras y se guardará solo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A boundary needs a few words. Until you write new ones, it keeps the old ones.</source>
        <translation>Un límite necesita algunas palabras. Hasta que escribas otras, conserva las anteriores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A boundary without words yet</source>
        <translation>Un límite todavía sin palabras</translation>
    </message>
</context>
<context>
    <name>BoundaryEditor</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/boundaries/editor.py" line="+32"/>
        <source>&amp;My boundary, in my words</source>
        <translation>&amp;Mi límite, con mis palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My boundary, in my words</source>
        <translation>Mi límite, con mis palabras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hint</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For example: work, home, a relationship</source>
        <translation>Por ejemplo: trabajo, casa, una relación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Where it applies</source>
        <translation>&amp;Dónde se aplica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it applies</source>
        <translation>Dónde se aplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own words; the list only holds suggestions.</source>
        <translation>Tus propias palabras; la lista solo tiene sugerencias.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What I can &amp;say — a script for saying it</source>
        <translation>Qué puedo de&amp;cir — un guion para decirlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I can say</source>
        <translation>Qué puedo decir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What I &amp;do if it is crossed</source>
        <translation>Qué &amp;hago si se cruza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I do if it is crossed</source>
        <translation>Qué hago si se cruza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where it &amp;stands</source>
        <translation>En qué &amp;punto está</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active, paused or let go.</source>
        <translation>Vigente, en pausa o lo dejé ir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Values it protects</source>
        <translation>Valores que protege</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log how it went</source>
        <translation>Anotar cómo fue</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../src/wellbeing/domain/history/calendar.py" line="+17"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/values/card_panel.py" line="+99"/>
        <source>Sort the cards</source>
        <extracomment>The longest card name the vault takes (see ``Value``).</extracomment>
        <translation>Ordena las tarjetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take each card as it comes and place it where it feels right today. There are no right answers.</source>
        <translation>Toma cada tarjeta según llega y ponla donde hoy te parezca bien. No hay respuestas correctas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cards sorted so far</source>
        <translation>Tarjetas ordenadas hasta ahora</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Card to sort</source>
        <translation>Tarjeta por ordenar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own card</source>
        <translation>Tu propia tarjeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All cards sorted. You can change any of this at any time.</source>
        <translation>Todas las tarjetas están ordenadas. Puedes cambiar cualquier cosa cuando quieras.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Or press {key}</source>
        <translation>O pulsa {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keys 1, 2 and 3 sort the card too.</source>
        <translation>Las teclas 1, 2 y 3 también ordenan la tarjeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last card sorted</source>
        <translation>Última tarjeta ordenada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip for now</source>
        <translation>Dejar para después</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This card comes back at the end</source>
        <translation>Esta tarjeta vuelve al final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add my own card</source>
        <translation>Añadir mi propia tarjeta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name of your &amp;card</source>
        <translation>Nombre de tu &amp;tarjeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of your card</source>
        <translation>Nombre de tu tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it means to you (&amp;optional)</source>
        <translation>Qué significa para ti (&amp;opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it means to you</source>
        <translation>Qué significa para ti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add card</source>
        <translation>Añadir tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{done} of {total} sorted</source>
        <translation>{done} de {total} ordenadas</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/review/changes.py" line="+68"/>
        <source>Change the plan from here</source>
        <translation>Cambia el plan desde aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A review often leads to a change. Choose a part of your plan, then adjust it, let it rest, let it go, or recommit to it. Every change is kept in the plan&apos;s history, linked to this review.</source>
        <translation>Una revisión a menudo lleva a un cambio. Elige una parte de tu plan y luego ajústala, déjala descansar, déjala ir o vuelve a comprometerte con ella. Cada cambio se guarda en la historia del plan, unido a esta revisión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a row, then a change below. Enter adjusts it.</source>
        <translation>Elige una fila y luego un cambio abajo. Enter la ajusta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adjust…</source>
        <translation>Ajustar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go</source>
        <translation>Dejar ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommit</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change its words or where it stands</source>
        <translation>Cambiar sus palabras o en qué punto está</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let it rest for now</source>
        <translation>Dejarla descansar por ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make it active again; for the safety plan, note that you looked at it today</source>
        <translation>Volver a activarla; para el plan de seguridad, anotar que lo miraste hoy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In your words</source>
        <translation>En tus palabras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where it stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it stands:</source>
        <translation>En qué punto está:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the change</source>
        <translation>Guardar el cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to the plan</source>
        <translation>Añadir al plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to add</source>
        <translation>Qué añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal</source>
        <translation>Una meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A boundary</source>
        <translation>Un límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A routine</source>
        <translation>Una rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value</source>
        <translation>Un valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In a few words of your own</source>
        <translation>En pocas palabras tuyas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new part</source>
        <translation>Nombre de la parte nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add:</source>
        <translation>Añadir:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to the plan</source>
        <translation>Añadirlo al plan</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Changed in a review</source>
        <translation>Cambiado en una revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That could not be saved. Nothing changed.</source>
        <translation>No se pudo guardar. No cambió nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Undone. The plan is as it was before that change.</source>
        <translation>Deshecho. El plan está como antes de ese cambio.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paused {noun} “{name}”.</source>
        <translation>Pusiste en pausa {noun} “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go of {noun} “{name}”.</source>
        <translation>Dejaste ir {noun} “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommitted to {noun} “{name}”: it is active again.</source>
        <translation>Retomaste {noun} “{name}”: vuelve a estar vigente.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Let go of the value “{name}”. It is in the archive now.</source>
        <translation>Dejaste ir el valor “{name}”. Ahora está en el archivo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Noted that you looked over your safety plan today.</source>
        <translation>Anotado: hoy repasaste tu plan de seguridad.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adjust “{name}” (one item a line):</source>
        <translation>Ajusta “{name}” (un elemento por línea):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to reach people and other details stay with each item.</source>
        <translation>La forma de contactar a las personas y los demás detalles se quedan con cada elemento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adjust {noun}, in your words:</source>
        <translation>Ajusta {noun}, con tus palabras:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adjusted “{name}” in your safety plan.</source>
        <translation>Ajustaste “{name}” en tu plan de seguridad.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adjusted {noun} “{name}”.</source>
        <translation>Ajustaste {noun} “{name}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a few words first, then press Add.</source>
        <translation>Primero escribe unas palabras y luego pulsa Añadir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added {noun} “{name}” to your plan.</source>
        <translation>Añadiste {noun} “{name}” a tu plan.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/review/charts.py" line="+81"/>
        <location line="+65"/>
        <source>Show as numbers</source>
        <translation>Mostrar como números</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Show {chart} as numbers</source>
        <translation>Mostrar {chart} como números</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{chart}, as numbers</source>
        <translation>{chart}, como números</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Hide the numbers</source>
        <translation>Ocultar los números</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/history/compare.py" line="+73"/>
        <source>First day to compare</source>
        <translation>Primer día para comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second day to compare</source>
        <translation>Segundo día para comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the two days</source>
        <translation>Comparar los dos días</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What changed between the two days</source>
        <translation>Qué cambió entre los dos días</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing changed between these dates.</source>
        <translation>No cambió nada entre estas fechas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the end of {a} to the end of {b}:</source>
        <translation>Desde el final del {a} hasta el final del {b}:</translation>
    </message>
</context>
<context>
    <name>CrisisCopyDialog</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/crisis/copy_dialog.py" line="+50"/>
        <source>Readable copy of your safety plan</source>
        <translation>Copia legible de tu plan de seguridad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open your safety plan without your passphrase</source>
        <translation>Abrir tu plan de seguridad sin tu frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you turn this on, a copy of your crisis view is kept on this computer &lt;b&gt;without encryption&lt;/b&gt;, so you can open it from the locked screen without typing your passphrase. &lt;b&gt;Anyone who can open this computer&apos;s files could read it too.&lt;/b&gt; It holds exactly what you see below and nothing else, and it stays up to date when you change your plan. You can turn it off at any time; the copy is then deleted.</source>
        <translation>Si activas esto, se guarda en este equipo una copia de tu vista de crisis &lt;b&gt;sin cifrar&lt;/b&gt;, para que puedas abrirla desde la pantalla bloqueada sin escribir tu frase de contraseña. &lt;b&gt;Cualquier persona que pueda abrir los archivos de este equipo también podría leerla.&lt;/b&gt; Contiene exactamente lo que ves abajo y nada más, y se mantiene al día cuando cambias tu plan. Puedes desactivarlo cuando quieras; entonces la copia se borra.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show contacts by their &amp;coded labels only</source>
        <translation>Mostrar los contactos solo con sus etiquetas en &amp;clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show contacts by their coded labels only</source>
        <translation>Mostrar los contactos solo con sus etiquetas en clave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts appear by the coded label you gave them, or as Contact 1, Contact 2 and so on; their names are then not written into the copy at all.</source>
        <translation>Los contactos aparecen con la etiqueta en clave que les diste, o como Contacto 1, Contacto 2, etc.; así sus nombres no se escriben en la copia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide phone &amp;numbers too</source>
        <translation>Ocultar también los &amp;números de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide phone numbers too</source>
        <translation>Ocultar también los números de teléfono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every phone number in the copy is replaced by [number hidden]; you would need to know the numbers yourself.</source>
        <translation>Cada número de teléfono de la copia se sustituye por [número oculto]; tendrías que saberte los números.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the readable copy</source>
        <translation>Vista previa de la copia legible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is exactly what anyone could read:</source>
        <translation>Esto es exactamente lo que cualquiera podría leer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep a readable copy</source>
        <translation>&amp;Guardar una copia legible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a readable copy</source>
        <translation>Guardar una copia legible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the copy shown in the preview, unencrypted, on this computer</source>
        <translation>Guardar la copia de la vista previa, sin cifrar, en este equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Turn it off and delete the copy</source>
        <translation>&amp;Desactivarlo y borrar la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn it off and delete the copy</source>
        <translation>Desactivarlo y borrar la copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Right now this is on: the copy is kept up to date when you change your plan.</source>
        <translation>Ahora mismo está activado: la copia se mantiene al día cuando cambias tu plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right now this is off: nothing is kept outside your encrypted vault.</source>
        <translation>Ahora mismo está desactivado: no se guarda nada fuera de tu caja fuerte cifrada.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The copy could not be written, so nothing was changed. ({reason})</source>
        <translation>No se pudo escribir la copia, así que no cambió nada. ({reason})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This could not be saved, so nothing was changed.</source>
        <translation>No se pudo guardar, así que no cambió nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The copy could not be deleted ({reason}). It is the file {name} in your vault folder; you can delete it yourself.</source>
        <translation>No se pudo borrar la copia ({reason}). Es el archivo {name} de la carpeta de tu caja fuerte; puedes borrarlo tú.</translation>
    </message>
</context>
<context>
    <name>CrisisCopyKeeper</name>
    <message>
        <location filename="../../src/wellbeing/services/crisis_copy_keeper.py" line="+132"/>
        <source>The readable copy of your safety plan for the locked screen is off on this computer, so it was not made again, even though this vault had it on (an older backup, perhaps). You can turn it on from your safety plan if you want it.</source>
        <translation>La copia legible de tu plan de seguridad para la pantalla bloqueada está desactivada en este equipo, así que no se volvió a crear, aunque esta caja fuerte la tenía activada (quizá por una copia de seguridad anterior). Puedes activarla desde tu plan de seguridad si la quieres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A readable copy of a safety plan was found next to your vault, but you have not chosen to keep one on this computer, so it was deleted. It was not shown. Your plan inside the vault is unchanged.</source>
        <translation>Se encontró una copia legible de un plan de seguridad junto a tu caja fuerte, pero no has elegido guardar una en este equipo, así que se borró. No se mostró. Tu plan dentro de la caja fuerte no ha cambiado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The readable copy of your safety plan had been changed or replaced outside the app, so it was written again from your vault.</source>
        <translation>La copia legible de tu plan de seguridad se había cambiado o reemplazado fuera de la aplicación, así que se volvió a escribir desde tu caja fuerte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The readable copy of your safety plan was missing, so it was made again from your vault.</source>
        <translation>Faltaba la copia legible de tu plan de seguridad, así que se volvió a crear desde tu caja fuerte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your plan is saved, but its readable copy for the locked screen could not be updated. ({reason})</source>
        <translation>Tu plan está guardado, pero no se pudo actualizar su copia legible para la pantalla bloqueada. ({reason})</translation>
    </message>
</context>
<context>
    <name>CrisisView</name>
    <message>
        <location line="-129"/>
        <source>Contact {number}</source>
        <translation>Contacto {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[number hidden]</source>
        <translation>[número oculto]</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/crisis/view.py" line="+133"/>
        <location line="+20"/>
        <location line="+54"/>
        <location line="+8"/>
        <source>Your safety plan</source>
        <extracomment>Text sizes, as multiples of the widget&apos;s (and so the app&apos;s) text size. Lines no longer than this many average characters of the large type, for reading ease. Each widget with its own text size: (widget, scale, bold, indented). Room that grows with the text: spacers and card margins, in lines of large type.</extracomment>
        <translation>Tu plan de seguridad</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the safety plan (Esc)</source>
        <translation>Cerrar el plan de seguridad (Esc)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Your safety plan is empty for now. When you feel ready, you can fill it in on the Safety plan screen.</source>
        <translation>Tu plan de seguridad está vacío por ahora. Cuando te sientas con ganas, puedes completarlo en la pantalla Plan de seguridad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take it one step at a time, at your own pace.</source>
        <translation>Paso a paso, a tu propio ritmo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>How to reach {who}: {reach}</source>
        <translation>Cómo contactar a {who}: {reach}</translation>
    </message>
</context>
<context>
    <name>DataScreen</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/data/screen.py" line="+72"/>
        <location line="+46"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Everything in Wellbeing is yours: saved, encrypted, on this computer only. Here you can keep copies safe, take it elsewhere, and bring in entries from other journals.</source>
        <translation>Todo lo que hay en Wellbeing es tuyo: guardado, cifrado, solo en este equipo. Aquí puedes guardar copias a salvo, llevártelo a otro lugar y traer entradas de otros diarios.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Automatic backup</source>
        <translation>Copia automática</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About today&apos;s automatic backup</source>
        <translation>Sobre la copia automática de hoy</translation>
    </message>
</context>
<context>
    <name>DataService</name>
    <message>
        <location filename="../../src/wellbeing/services/data_service.py" line="+137"/>
        <source>Backed up to {name}. The backup is encrypted: it opens with your passphrase or your recovery key.</source>
        <extracomment>How often, while unlocked, the service checks that today&apos;s automatic backup is there. How long after an unlock the first check waits (the screens load first). How long a lock waits for a running operation to stop (see ``operations``). When the newest backup known was made (automatic folder, or &quot;Back up now&quot;).</extracomment>
        <translation>Copia guardada en {name}. La copia está cifrada: se abre con tu frase de contraseña o tu clave de recuperación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the backup…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup couldn&apos;t be made. {reason}</source>
        <translation>No se pudo hacer la copia. {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Today&apos;s automatic backup couldn&apos;t be made. {reason} Your vault itself is fine and nothing in it has changed. Wellbeing will try again tomorrow, or the next time you unlock it.</source>
        <translation>No se pudo hacer la copia automática de hoy. {reason} Tu caja fuerte está bien y nada en ella ha cambiado. Wellbeing lo volverá a intentar mañana, o la próxima vez que la desbloquees.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>An export can&apos;t be saved in the vault&apos;s own folder. Choose another place; nothing was written.</source>
        <translation>Una exportación no se puede guardar en la carpeta de la caja fuerte. Elige otro lugar; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the export…</source>
        <translation>Escribiendo la exportación…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the export as {name}. It is NOT encrypted: keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Exportación guardada como {name}. NO está cifrada: guárdala en un lugar privado y bórrala cuando ya no la necesites.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export couldn&apos;t be written, and no file was made. {reason}</source>
        <translation>No se pudo escribir la exportación y no se creó ningún archivo. {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+113"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The file holds no journal entries, so nothing was imported.</source>
        <translation>El archivo no contiene entradas de diario, así que no se importó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing new to import: the {entries} in this file were already in your journal.</source>
        <translation>Nada nuevo que importar: {entries} de este archivo ya estaban en tu diario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {entries}.</source>
        <translation>Importado: {entries}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {entries}; 1 was already in your journal.</source>
        <translation>Importado: {entries}; 1 ya estaba en tu diario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {entries}; {count} were already in your journal.</source>
        <translation>Importado: {entries}; {count} ya estaban en tu diario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wellbeing couldn&apos;t import this file. {reason}</source>
        <translation>Wellbeing no pudo importar este archivo. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported. {reason}</source>
        <translation>No se importó nada. {reason}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Checking the entries…</source>
        <translation>Comprobando las entradas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding entries: {done} of {total}…</source>
        <translation>Añadiendo entradas: {done} de {total}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The import stopped when Wellbeing locked. Nothing was imported.</source>
        <translation>La importación se detuvo cuando Wellbeing se bloqueó. No se importó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was made just before Wellbeing locked.</source>
        <translation>La copia se hizo justo antes de que Wellbeing se bloqueara.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup stopped when Wellbeing locked, and no file was made. Unlock and choose Back up now to make it.</source>
        <translation>La copia se detuvo cuando Wellbeing se bloqueó y no se creó ningún archivo. Desbloquea y elige Hacer una copia ahora para hacerla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export stopped when Wellbeing locked, and no file was made.</source>
        <translation>La exportación se detuvo cuando Wellbeing se bloqueó y no se creó ningún archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export was saved just before Wellbeing locked.</source>
        <translation>La exportación se guardó justo antes de que Wellbeing se bloqueara.</translation>
    </message>
</context>
<context>
    <name>DeleteForGood</name>
    <message>
        <location filename="../../src/wellbeing/ui/widgets/delete_for_good.py" line="+29"/>
        <source>Backups made before now still hold it. To remove it from them too, make a fresh backup and then delete the older ones in your backup folder.</source>
        <translation>Las copias de seguridad hechas antes todavía lo contienen. Para quitarlo también de ellas, haz una copia nueva y luego borra las anteriores de tu carpeta de copias.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete this entry for good?

It will be removed from this vault, with its words in the search, and cannot be brought back.</source>
        <translation>¿Borrar esta entrada para siempre?

Se quitará de esta caja fuerte, con sus palabras en la búsqueda, y no se podrá recuperar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the value “{name}” for good?</source>
        <translation>¿Borrar para siempre el valor «{name}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the goal “{name}” for good?</source>
        <translation>¿Borrar para siempre la meta «{name}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the boundary “{name}” for good?</source>
        <translation>¿Borrar para siempre el límite «{name}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the routine “{name}” for good?</source>
        <translation>¿Borrar para siempre la rutina «{name}»?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It will be removed from this vault together with all its history: the plan&apos;s history will no longer show it on any day, and it cannot be brought back.</source>
        <translation>Se quitará de esta caja fuerte junto con todo su historial: el historial del plan ya no lo mostrará en ningún día, y no se podrá recuperar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete for good?</source>
        <translation>¿Borrar para siempre?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Borrar para siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel, keep it in the archive</source>
        <translation>Cancelar, dejarlo en el archivo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deleted for good.</source>
        <translation>Borrado para siempre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Something got in the way, so it may not be deleted yet. ({kind})</source>
        <translation>Algo lo impidió, así que puede que aún no se haya borrado. ({kind})</translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
    <message>
        <location filename="../../src/wellbeing/domain/error_texts.py" line="+441"/>
        <source>WHO-5 Well-Being Index. World Health Organization, 1998 (Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital).</source>
        <extracomment>Domain words the UI shows through ``tr()`` (such as the WHO-5&apos;s statements).</extracomment>
        <translation>Índice de Bienestar WHO-5. Organización Mundial de la Salud, 1998 (Psychiatric Research Unit, Centro Colaborador de la OMS en Salud Mental, Frederiksborg General Hospital).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.</source>
        <translation>Por favor, indica para cada una de las cinco afirmaciones cuál define mejor cómo te has sentido durante las últimas dos semanas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have felt cheerful and in good spirits.</source>
        <translation>Me he sentido alegre y de buen humor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have felt calm and relaxed.</source>
        <translation>Me he sentido tranquilo/a y relajado/a.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have felt active and vigorous.</source>
        <translation>Me he sentido activo/a y enérgico/a.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I woke up feeling fresh and rested.</source>
        <translation>Me he despertado fresco/a y descansado/a.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My daily life has been filled with things that interest me.</source>
        <translation>Mi vida diaria ha estado llena de cosas que me interesan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At no time</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of the time</source>
        <translation>De vez en cuando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than half of the time</source>
        <translation>Menos de la mitad del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than half of the time</source>
        <translation>Más de la mitad del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most of the time</source>
        <translation>La mayor parte del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of the time</source>
        <translation>Todo el tiempo</translation>
    </message>
</context>
<context>
    <name>EarlierBackups</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/settings/new_key.py" line="+127"/>
        <source>Earlier backups</source>
        <translation>Copias de seguridad anteriores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups made before this still open with your old passphrase and your old recovery key, wherever they are.</source>
        <translation>Las copias de seguridad hechas antes siguen abriéndose con tu frase de contraseña y tu clave de recuperación anteriores, estén donde estén.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To have only backups that need the new ones, make a fresh backup under “Your data”, then delete the older backup files.</source>
        <translation>Para tener solo copias que necesiten las nuevas, haz una copia nueva en «Tus datos» y luego borra los archivos de copia anteriores.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wellbeing can make a fresh backup now in your backup folder ({folder}) and delete the older daily backups there. Backups you saved anywhere else are not touched: delete those yourself if you want them gone.</source>
        <translation>Wellbeing puede hacer ahora una copia nueva en tu carpeta de copias ({folder}) y borrar allí las copias diarias anteriores. Las copias que guardaste en otros sitios no se tocan: bórralas tú si quieres que desaparezcan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a fresh backup and delete the older ones</source>
        <translation>Hacer una copia nueva y borrar las anteriores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/journal/delegate.py" line="+126"/>
        <source>A blank page</source>
        <translation>Una página en blanco</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/journal/editor.py" line="+113"/>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write freely. Markdown works: *emphasis*, lists, # headings.</source>
        <translation>Escribe libremente. Funciona Markdown: *énfasis*, listas, # títulos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write whatever you like. Markdown works: *emphasis*, lists, # headings.</source>
        <translation>Escribe lo que quieras. Funciona Markdown: *énfasis*, listas, # títulos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview of the entry</source>
        <translation>Vista previa de la entrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mood</source>
        <translation>Ánim&amp;o</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words to find it by, separated by commas</source>
        <translation>Palabras para encontrarla, separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas.</source>
        <translation>Etiquetas, separadas por comas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written on</source>
        <translation>Escrita el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this entry was written. Change it to place the entry on another day.</source>
        <translation>Cuándo se escribió esta entrada. Cámbialo para poner la entrada en otro día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Written</source>
        <translation>Escr&amp;ita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the entry formatted; press again to go back to writing.</source>
        <translation>Muestra la entrada con formato; pulsa otra vez para volver a escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Move to archive</source>
        <translation>Mover al archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves this entry out of the journal. You can undo it right after.</source>
        <translation>Saca esta entrada del diario. Puedes deshacerlo justo después.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/wellbeing/domain/error_texts.py" line="-442"/>
        <source>Entry {number}: {reason} Nothing was imported.</source>
        <translation>Entrada {number}: {reason} No se importó nada.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>In {where}: {reason} Nothing was imported.</source>
        <translation>En {where}: {reason} No se importó nada.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Write the boundary in a few words of your own.</source>
        <translation>Escribe el límite en pocas palabras tuyas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose held, crossed or renegotiated.</source>
        <translation>Elige sostenido, cruzado o renegociado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: {reason} Nothing was imported.</source>
        <translation>Línea {line}: {reason} No se importó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step needs a few words.</source>
        <translation>Un paso necesita algunas palabras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the goal a short title.</source>
        <translation>Dale a la meta un título corto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress is a number from 0 to 100.</source>
        <translation>El avance es un número del 0 al 100.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>La importación se detuvo. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wellbeing couldn&apos;t tell what kind of file this is. It can import JSON Lines (one entry a line), jrnl&apos;s JSON export and Day One&apos;s JSON export; if the file is one of these, choose its format and try again. Nothing was imported.</source>
        <translation>Wellbeing no pudo saber qué tipo de archivo es este. Puede importar JSON Lines (una entrada por línea), la exportación JSON de jrnl y la exportación JSON de Day One; si el archivo es de uno de estos tipos, elige su formato y vuelve a intentarlo. No se importó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>each line must be one JSON object.</source>
        <translation>cada línea debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>this is not valid JSON ({msg}).</source>
        <translation>esto no es JSON válido ({msg}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this JSON is nested too deeply to read.</source>
        <translation>este JSON está anidado a demasiada profundidad para leerlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the field {name} is missing.</source>
        <translation>falta el campo {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field {name} must be text.</source>
        <translation>el campo {name} debe ser texto.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&apos;at&apos; is not an ISO-8601 date and time (like 2024-05-01T21:30:00).</source>
        <translation>&apos;at&apos; no es una fecha y hora ISO-8601 (como 2024-05-01T21:30:00).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no file at {path}. Nothing was imported.</source>
        <translation>No hay ningún archivo en {path}. No se importó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not UTF-8 text. Nothing was imported.</source>
        <translation>El archivo no es texto UTF-8. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This zip file is damaged or cannot be read. Nothing was imported.</source>
        <translation>Este archivo zip está dañado o no se puede leer. No se importó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This zip file holds no journal (.json file). Nothing was imported.</source>
        <translation>Este archivo zip no contiene ningún diario (archivo .json). No se importó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This zip file holds more than one journal. Unzip it and import each journal&apos;s .json file on its own. Nothing was imported.</source>
        <translation>Este archivo zip contiene más de un diario. Descomprímelo e importa el archivo .json de cada diario por separado. No se importó nada.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Tags are a list of words.</source>
        <translation>Las etiquetas son una lista de palabras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood is a number from 1 to 5, or left empty.</source>
        <translation>El ánimo es un número del 1 al 5, o se deja vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each tag is a word or a few words.</source>
        <translation>Cada etiqueta es una palabra o unas pocas palabras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tag can be up to 100 characters.</source>
        <translation>Una etiqueta puede tener hasta 100 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry times need a time zone.</source>
        <translation>La hora de una entrada necesita una zona horaria.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>the file has no list of &quot;entries&quot;.</source>
        <translation>el archivo no tiene una lista de &quot;entries&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;tags&apos; must be a list of words.</source>
        <translation>&apos;tags&apos; debe ser una lista de palabras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;starred&apos; must be true or false.</source>
        <translation>&apos;starred&apos; debe ser true o false.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} must be a date and time.</source>
        <translation>{name} debe ser una fecha y hora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no time zone.</source>
        <translation>{name} no tiene zona horaria.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>its date is outside the years a journal can hold (1 to 9999).</source>
        <translation>su fecha está fuera de los años que puede contener un diario (1 a 9999).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each entry must be a JSON object.</source>
        <translation>cada entrada debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not an ISO-8601 date and time.</source>
        <translation>{name} no es una fecha y hora ISO-8601.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&apos;date&apos; and &apos;time&apos; must be like 2024-05-01 and 21:30.</source>
        <translation>&apos;date&apos; y &apos;time&apos; deben ser como 2024-05-01 y 21:30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;timeZone&apos; must be a time zone name.</source>
        <translation>&apos;timeZone&apos; debe ser el nombre de una zona horaria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;timeZone&apos; is not a known time zone.</source>
        <translation>&apos;timeZone&apos; no es una zona horaria conocida.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Choose the first and last day of your own period.</source>
        <translation>Elige el primer y el último día de tu propio periodo.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>An entry&apos;s date must fall between the years {first} and {last}.</source>
        <translation>La fecha de una entrada tiene que estar entre los años {first} y {last}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The WHO-5 check-in has five answers, each from 0 (at no time) to 5 (all of the time). Nothing was saved.</source>
        <translation>El registro WHO-5 tiene cinco respuestas, cada una de 0 (nunca) a 5 (todo el tiempo). No se guardó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A period needs a first and a last day.</source>
        <translation>Un periodo necesita un primer y un último día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A period is made of whole days.</source>
        <translation>Un periodo se compone de días completos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period ends before it starts. Swap the two dates.</source>
        <translation>El periodo termina antes de empezar. Intercambia las dos fechas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A review&apos;s time needs a time zone.</source>
        <translation>La hora de una revisión necesita una zona horaria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a week, a month, a quarter, a year, or your own dates.</source>
        <translation>Elige una semana, un mes, un trimestre, un año o tus propias fechas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a week, a month, a quarter or a year.</source>
        <translation>Elige una semana, un mes, un trimestre o un año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the routine a short name.</source>
        <translation>Dale a la rutina un nombre corto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved days of the week could not be read.</source>
        <translation>No se pudieron leer los días de la semana guardados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how often: every day, on chosen days, or a number of times a week.</source>
        <translation>Elige con qué frecuencia: todos los días, ciertos días o un número de veces por semana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pause cannot end before it starts.</source>
        <translation>Una pausa no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one day of the week.</source>
        <translation>Elige al menos un día de la semana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose days of the week from Monday to Sunday.</source>
        <translation>Elige días de la semana de lunes a domingo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose active, paused or let go.</source>
        <translation>Elige vigente, en pausa o lo dejé ir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose done, skipped or not needed.</source>
        <translation>Elige hecho, saltado o no hacía falta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose between 1 and 7 times a week.</source>
        <translation>Elige entre 1 y 7 veces por semana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this item in a few words of your own.</source>
        <translation>Escribe este elemento en pocas palabras tuyas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How likely is a number from 1 to 5, or left empty.</source>
        <translation>Qué tan probable es un número del 1 al 5, o se deja vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This field holds text.</source>
        <translation>Este campo contiene texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is longer than the {limit} characters it can hold.</source>
        <translation>Esto supera los {limit} caracteres que puede contener.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text holds a broken character (a lone surrogate) that cannot be stored.</source>
        <translation>Este texto contiene un carácter roto (un sustituto suelto) que no se puede guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the value a name.</source>
        <translation>Dale un nombre al valor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rank is a number from 1 upwards.</source>
        <translation>Un puesto es un número a partir de 1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a JSON object here.</source>
        <translation>aquí se esperaba un objeto JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a list here.</source>
        <translation>aquí se esperaba una lista.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reason} Nothing was imported.</source>
        <translation>{reason} No se importó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a second record for the same {same}.</source>
        <translation>un segundo registro para el mismo {same}.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>expected an ISO-8601 date and time.</source>
        <translation>se esperaba una fecha y hora ISO-8601.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this time has no time zone.</source>
        <translation>esta hora no tiene zona horaria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a date (YYYY-MM-DD).</source>
        <translation>se esperaba una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a whole number.</source>
        <translation>se esperaba un número entero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this number is too large.</source>
        <translation>este número es demasiado grande.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is not a Wellbeing export (no format {FORMAT}).</source>
        <translation>Esto no es una exportación de Wellbeing (no tiene el formato {FORMAT}).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the version must be a whole number from 1.</source>
        <translation>la versión debe ser un número entero a partir de 1.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>This vault already holds entries or a plan, so the export was not imported: an export can only be read into a new, empty vault. Nothing was changed.</source>
        <translation>Esta caja fuerte ya contiene entradas o un plan, así que la exportación no se importó: una exportación solo se puede leer en una caja fuerte nueva y vacía. No se cambió nada.</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>a field is missing, misspelt or holds the wrong kind of value.</source>
        <translation>falta un campo, está mal escrito o contiene un tipo de valor equivocado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is not an ISO-8601 date and time.</source>
        <translation>esto no es una fecha y hora ISO-8601.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this time is outside the years the vault can hold (1 to 9999).</source>
        <translation>esta hora está fuera de los años que puede contener la caja fuerte (1 a 9999).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a date (YYYY-MM-DD).</source>
        <translation>esto no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not UTF-8 text.</source>
        <translation>El archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line {lineno}, column {colno}</source>
        <translation>línea {lineno}, columna {colno}</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This JSON is nested too deeply to read.</source>
        <translation>Este JSON está anidado a demasiada profundidad para leerlo.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Two of its records clash, or one holds a value the vault cannot store.</source>
        <translation>Dos de sus registros chocan, o uno contiene un valor que la caja fuerte no puede guardar.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>this id is used twice.</source>
        <translation>este id se usa dos veces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no exported boundary has this id.</source>
        <translation>ningún límite exportado tiene este id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no exported routine has this id.</source>
        <translation>ninguna rutina exportada tiene este id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mood check-in needs a mood from 1 to 5.</source>
        <translation>un registro de ánimo necesita un ánimo del 1 al 5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no exported review has this id.</source>
        <translation>ninguna revisión exportada tiene este id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;before&apos; or &apos;one&apos;.</source>
        <translation>se esperaba &apos;before&apos; u &apos;one&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected text or null.</source>
        <translation>se esperaba texto o null.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>expected text.</source>
        <translation>se esperaba texto.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected a JSON object or null.</source>
        <translation>se esperaba un objeto JSON o null.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>expected true or false.</source>
        <translation>se esperaba true o false.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>links to a value not exported.</source>
        <translation>enlaza a un valor que no se exportó.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>expected a list.</source>
        <translation>se esperaba una lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field is missing or holds the wrong kind of value.</source>
        <translation>falta un campo o contiene un tipo de valor equivocado.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The vault was locked before this could start.</source>
        <translation>La caja fuerte se bloqueó antes de que esto pudiera empezar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup folder {folder} can&apos;t be reached. If it is on a drive that is not connected now, connect it.</source>
        <translation>No se puede llegar a la carpeta de copias {folder}. Si está en una unidad que ahora no está conectada, conéctala.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation>La caja fuerte está bloqueada. Desbloquéala para seguir.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The backup {name} is damaged ({why}) and cannot be used. Nothing was changed.</source>
        <translation>La copia {name} está dañada ({why}) y no se puede usar. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{out} is a folder; name the backup file to write.</source>
        <translation>{out} es una carpeta; ponle nombre al archivo de copia que se va a escribir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no folder {parent} to save the backup in.</source>
        <translation>No existe la carpeta {parent} para guardar la copia.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The key file and the database belong to different vaults; no backup was made.</source>
        <translation>El archivo de claves y la base de datos son de cajas fuertes distintas; no se hizo ninguna copia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault was locked before the backup could finish; no file was made.</source>
        <translation>La caja fuerte se bloqueó antes de que la copia pudiera terminar; no se creó ningún archivo.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The backup {name} was made by a newer version of Wellbeing. Please update the app. Nothing was changed.</source>
        <translation>La copia {name} se hizo con una versión más nueva de Wellbeing. Actualiza la aplicación, por favor. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup at {path}.</source>
        <translation>No hay ninguna copia en {path}.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The folder {folder} holds other files and no vault; it was left as is.</source>
        <translation>La carpeta {folder} contiene otros archivos y ninguna caja fuerte; se dejó como estaba.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup was made by a newer version of Wellbeing. Please update the app. Nothing was changed.</source>
        <translation>Esta copia se hizo con una versión más nueva de Wellbeing. Actualiza la aplicación, por favor. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That folder is inside the vault&apos;s own folder, where a backup would be lost together with the vault. Choose a folder outside it (another drive is best).</source>
        <translation>Esa carpeta está dentro de la carpeta de la caja fuerte, donde una copia se perdería junto con la caja fuerte. Elige una carpeta fuera de ella (mejor en otra unidad).</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>The backup {name} cannot be read.</source>
        <translation>No se puede leer la copia {name}.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>These dates are not one {kind}.</source>
        <translation>Estas fechas no forman un periodo ({kind}).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown field {field}.</source>
        <translation>campo desconocido {field}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field {field} is missing.</source>
        <translation>falta el campo {field}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This export is version {version}, made by a newer Wellbeing; this one reads up to version {newest}. Please update the app.</source>
        <translation>Esta exportación es de la versión {version}, hecha por un Wellbeing más nuevo; este lee hasta la versión {newest}. Actualiza la aplicación, por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This export was made by a newer Wellbeing; this one reads up to version {newest}. Please update the app.</source>
        <translation>Esta exportación la hizo un Wellbeing más nuevo; este lee hasta la versión {newest}. Actualiza la aplicación, por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown section {section}.</source>
        <translation>sección desconocida {section}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This file is larger than Wellbeing can import at once ({size} MB; the most is {most} MB). Nothing was imported.</source>
        <translation>Este archivo es más grande de lo que Wellbeing puede importar de una vez ({size} MB; el máximo es {most} MB). No se importó nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown field {field} (fields are at, title, body, mood, tags).</source>
        <translation>campo desconocido {field} (los campos son at, title, body, mood, tags).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be read ({reason}). Nothing was imported.</source>
        <translation>No se pudo leer el archivo ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>It was deleted, but the vault is busy, so its old words could not be wiped from the vault file yet. Locking the vault finishes it.</source>
        <translation>Se borró, pero la caja fuerte está ocupada, así que sus palabras antiguas aún no se pudieron borrar del archivo de la caja fuerte. Al bloquear la caja fuerte se termina.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The vault&apos;s database is damaged and cannot be read. Nothing has been changed; a backup can restore it.</source>
        <translation>La base de datos de la caja fuerte está dañada y no se puede leer. No se ha cambiado nada; una copia de seguridad puede restaurarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>El disco está lleno. No se perdió nada; libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault folder cannot be written to. Nothing was changed.</source>
        <translation>No se puede escribir en la carpeta de la caja fuerte. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault files could not be read or written. Nothing was changed.</source>
        <translation>No se pudieron leer ni escribir los archivos de la caja fuerte. No se cambió nada.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Wellbeing is busy adding imported entries. Nothing was changed; try again in a moment.</source>
        <translation>Wellbeing está ocupado añadiendo entradas importadas. No se cambió nada; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A database file is already there; it was left untouched.</source>
        <translation>Ya hay un archivo de base de datos ahí; no se tocó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s database file ({name}) is damaged: part of it is missing, as if it was cut short (truncated). Nothing has been changed; a backup can restore it.</source>
        <translation>El archivo de base de datos de la caja fuerte ({name}) está dañado: falta una parte, como si se hubiera cortado (truncado). No se ha cambiado nada; una copia de seguridad puede restaurarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault was locked before this could finish.</source>
        <translation>La caja fuerte se bloqueó antes de que esto pudiera terminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file is already where the snapshot should go; it was left as is.</source>
        <translation>Ya hay un archivo donde debería ir la instantánea; se dejó como estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy of the vault&apos;s database did not verify, so no backup was made.</source>
        <translation>La copia de la base de datos de la caja fuerte no se pudo verificar, así que no se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A recovery key holds only letters and numbers.</source>
        <translation>Una clave de recuperación solo tiene letras y números.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery key is 32 characters long, in 8 groups of 4.</source>
        <translation>Una clave de recuperación tiene 32 caracteres, en 8 grupos de 4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That recovery key has a typo somewhere. Please check it.</source>
        <translation>Esa clave de recuperación tiene una errata en algún lugar. Revísala, por favor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file is damaged: a field has the wrong type.</source>
        <translation>El archivo de claves está dañado: un campo tiene el tipo equivocado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file is damaged: it has no {kind} slot.</source>
        <translation>El archivo de claves está dañado: no tiene la ranura {kind}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file is damaged: a field cannot be read.</source>
        <translation>El archivo de claves está dañado: no se puede leer un campo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file is damaged: unknown key derivation.</source>
        <translation>El archivo de claves está dañado: derivación de clave desconocida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file is damaged: a slot cannot be read.</source>
        <translation>El archivo de claves está dañado: no se puede leer una ranura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file is damaged: the key has the wrong size.</source>
        <translation>El archivo de claves está dañado: la clave tiene un tamaño equivocado.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>There isn&apos;t enough room on the disk to make the vault there. Nothing was made; free some space or choose another folder.</source>
        <translation>No hay espacio suficiente en el disco para crear ahí la caja fuerte. No se creó nada; libera algo de espacio o elige otra carpeta.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>This zip file would unpack to {size} MB from {packed} KB, far more than a journal export holds (at most {ratio} times its packed size), so it was not unpacked. Nothing was imported.</source>
        <translation>Este archivo zip ocuparía {size} MB al descomprimirse a partir de {packed} KB, mucho más de lo que contiene una exportación de diario (como mucho {ratio} veces su tamaño comprimido), así que no se descomprimió. No se importó nada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This zip file is protected with a password, so Wellbeing cannot read it. Unzip it with its password and import the journal&apos;s .json file. Nothing was imported.</source>
        <translation>Este archivo zip está protegido con contraseña, así que Wellbeing no puede leerlo. Descomprímelo con su contraseña e importa el archivo .json del diario. No se importó nada.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The vault folder {folder} also holds files that are not part of the vault ({names}). A restore replaces the whole folder, so nothing was restored and nothing was changed. Move those files somewhere else, then restore again.</source>
        <translation>La carpeta de la caja fuerte {folder} también contiene archivos que no son de la caja fuerte ({names}). Una restauración reemplaza toda la carpeta, así que no se restauró nada y no se cambió nada. Mueve esos archivos a otro sitio y vuelve a restaurar.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Wellbeing can&apos;t write in that folder (it may be read-only, or belong to another account). Nothing was made; choose another folder.</source>
        <translation>Wellbeing no puede escribir en esa carpeta (puede que sea de solo lectura o que pertenezca a otra cuenta). No se creó nada; elige otra carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wellbeing couldn&apos;t write the vault files there. Nothing was made; check the drive and try again, or choose another folder.</source>
        <translation>Wellbeing no pudo escribir ahí los archivos de la caja fuerte. No se creó nada; revisa la unidad y vuelve a intentarlo, o elige otra carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new vault could not be finished. Nothing was made; try again.</source>
        <translation>No se pudo terminar la nueva caja fuerte. No se creó nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The beginning of the vault&apos;s database file ({DB_FILE}) has been overwritten: it is damaged. Nothing has been changed; a backup can restore it.</source>
        <translation>El principio del archivo de base de datos de la caja fuerte ({DB_FILE}) se ha sobrescrito: está dañado. No se ha cambiado nada; una copia de seguridad puede restaurarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file ({KEY_FILE}) is not the one made with the database beside it ({DB_FILE}): it seems to come from another vault, so it cannot open this one. Nothing has been changed; a backup can restore both files.</source>
        <translation>El archivo de clave ({KEY_FILE}) no es el que se creó con la base de datos que está a su lado ({DB_FILE}): parece ser de otra caja fuerte, así que no puede abrir esta. No se ha cambiado nada; una copia de seguridad puede restaurar los dos archivos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault&apos;s database file ({DB_FILE}) has been overwritten with zeros: it is damaged. Nothing has been changed; a backup can restore it.</source>
        <translation>El archivo de base de datos de la caja fuerte ({DB_FILE}) se ha sobrescrito con ceros: está dañado. No se ha cambiado nada; una copia de seguridad puede restaurarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault&apos;s database file ({DB_FILE}) is not encrypted: it is an ordinary database file, not this vault&apos;s. Nothing has been changed; a backup can restore it.</source>
        <translation>El archivo de base de datos de la caja fuerte ({DB_FILE}) no está cifrado: es un archivo de base de datos corriente, no el de esta caja fuerte. No se ha cambiado nada; una copia de seguridad puede restaurarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault&apos;s database file ({DB_FILE}) does not open with the key file beside it ({KEY_FILE}): the database is damaged or was replaced, or the key file comes from another vault. Nothing has been changed; a backup can restore both.</source>
        <translation>El archivo de base de datos de la caja fuerte ({DB_FILE}) no se abre con el archivo de clave que está a su lado ({KEY_FILE}): la base de datos está dañada o se reemplazó, o el archivo de clave es de otra caja fuerte. No se ha cambiado nada; una copia de seguridad puede restaurar los dos.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A restore into {folder} was stopped before it was finished; what it had begun was removed. Nothing else was changed.</source>
        <translation>Una restauración en {folder} se detuvo antes de terminar; se quitó lo que había empezado. No se cambió nada más.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A restore was stopped before it replaced anything; the vault at {folder} is as it was, and what the restore had begun was removed.</source>
        <translation>Una restauración se detuvo antes de reemplazar nada; la caja fuerte de {folder} está como estaba, y se quitó lo que la restauración había empezado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A restore was stopped part-way. Your vault at {folder} was put back as it was before it; nothing was lost, and you can restore again.</source>
        <translation>Una restauración se detuvo a medias. Tu caja fuerte de {folder} volvió a quedar como estaba antes; no se perdió nada y puedes volver a restaurar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new vault was being made in {folder} when it was stopped; what it had begun was removed, so it can be made again. Nothing else was changed.</source>
        <translation>Se estaba creando una caja fuerte nueva en {folder} cuando se detuvo; se quitó lo que se había empezado, así que se puede volver a crear. No se cambió nada más.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A restore was stopped just after it replaced the vault at {folder}; it has now been finished, and the vault there is the restored one.</source>
        <translation>Una restauración se detuvo justo después de reemplazar la caja fuerte de {folder}; ya se ha terminado, y la caja fuerte de allí es la restaurada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A restore was stopped part-way. Your vault is kept whole in {kept}, since {folder} now holds other files: move them elsewhere, then open the app again to put the vault back.</source>
        <translation>Una restauración se detuvo a medias. Tu caja fuerte se conserva entera en {kept}, porque {folder} contiene ahora otros archivos: muévelos a otro sitio y vuelve a abrir la aplicación para poner la caja fuerte en su lugar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This vault was made by a newer version of Wellbeing. Please update the app.</source>
        <translation>Esta caja fuerte se hizo con una versión más nueva de Wellbeing. Actualiza la aplicación, por favor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file is damaged: its key derivation settings are invalid.</source>
        <translation>El archivo de claves está dañado: sus ajustes de derivación de clave no son válidos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no vault at {source}. Nothing was moved.</source>
        <translation>No hay ninguna caja fuerte en {source}. No se movió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault cannot be moved into its own folder. Nothing was moved.</source>
        <translation>Una caja fuerte no se puede mover dentro de su propia carpeta. No se movió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already something at {target}. Choose a new name; nothing was moved.</source>
        <translation>Ya hay algo en {target}. Elige otro nombre; no se movió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault could not be copied ({strerror}). Nothing was moved.</source>
        <translation>No se pudo copiar la caja fuerte ({strerror}). No se movió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy on the new drive did not match. Nothing was moved.</source>
        <translation>La copia en la nueva unidad no coincidía. No se movió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault could not be moved ({strerror}). Nothing was moved.</source>
        <translation>No se pudo mover la caja fuerte ({strerror}). No se movió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} would be saved inside your vault&apos;s own folder, where it could overwrite your vault. Nothing was written; choose another folder.</source>
        <translation>{path} se guardaría dentro de la propia carpeta de tu caja fuerte, donde podría sobrescribirla. No se escribió nada; elige otra carpeta.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A passphrase change was stopped just before the end; it has now been finished, and your vault opens with the new passphrase. The recovery key from before no longer opens it: if you did not see the new one, make a new recovery key in Settings.</source>
        <translation>Un cambio de frase de contraseña se detuvo justo antes del final; ya se ha terminado, y tu caja fuerte se abre con la nueva frase de contraseña. La clave de recuperación anterior ya no la abre: si no viste la nueva, crea una nueva clave de recuperación en Ajustes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The re-encrypted copy of your vault did not verify, so nothing was changed: your current passphrase still opens the vault.</source>
        <translation>La copia recifrada de tu caja fuerte no superó la comprobación, así que no se cambió nada: tu frase de contraseña actual sigue abriendo la caja fuerte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An earlier passphrase change is still to be finished. Lock the vault and open it again, and it will be finished; nothing was changed.</source>
        <translation>Aún falta terminar un cambio de frase de contraseña anterior. Bloquea la caja fuerte y vuelve a abrirla, y se terminará; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passphrase change was stopped before it was finished. Nothing was changed: your vault opens with the passphrase and recovery key it had before.</source>
        <translation>Un cambio de frase de contraseña se detuvo antes de terminar. No se cambió nada: tu caja fuerte se abre con la frase de contraseña y la clave de recuperación que tenía antes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something was still being saved, so the passphrase was not changed. Nothing was lost; try again in a moment.</source>
        <translation>Todavía se estaba guardando algo, así que no se cambió la frase de contraseña. No se perdió nada; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new passphrase could not be put in place just now. It will be, the next time the vault is opened; until then the vault stays locked.</source>
        <translation>No se pudo poner la nueva frase de contraseña en su lugar ahora mismo. Se pondrá la próxima vez que se abra la caja fuerte; hasta entonces, la caja fuerte sigue bloqueada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something was saved while the vault was being re-encrypted, so the passphrase was not changed. Nothing was lost; try again.</source>
        <translation>Se guardó algo mientras se recifraba la caja fuerte, así que no se cambió la frase de contraseña. No se perdió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A passphrase change that was stopped could not be finished, since its files are not as it left them. Nothing was changed; a backup can restore the vault.</source>
        <translation>No se pudo terminar un cambio de frase de contraseña que se detuvo, porque sus archivos no están como los dejó. No se cambió nada; una copia de seguridad puede restaurar la caja fuerte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That {noun} is no longer there.</source>
        <translation>Ese elemento ({noun}) ya no está.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {noun} is already saved.</source>
        <translation>Este elemento ({noun}) ya está guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {noun} has not been saved yet.</source>
        <translation>Este elemento ({noun}) todavía no se ha guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the linked values is no longer there.</source>
        <translation>Uno de los valores enlazados ya no está.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a day up to today: the plan as it stands now is always kept.</source>
        <translation>Elige un día hasta hoy: el plan tal como está ahora siempre se conserva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history was forgotten, but its old copy could not be wiped from the vault file yet because the vault is busy. Locking the vault finishes it.</source>
        <translation>La historia se olvidó, pero su copia antigua todavía no se pudo borrar del archivo de la caja fuerte porque está ocupada. Al bloquear la caja fuerte se termina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That change is no longer in the history.</source>
        <translation>Ese cambio ya no está en la historia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the latest change to this {noun}, so it shows how the {noun} stands now and stays in the history. Once the {noun} changes again, this change can be forgotten.</source>
        <translation>Este es el último cambio de este elemento ({noun}), así que muestra cómo está ahora y se queda en la historia. Cuando {noun} vuelva a cambiar, este cambio se podrá olvidar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>boundary</source>
        <translation>límite</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety plan</source>
        <translation>plan de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That journal entry is no longer there.</source>
        <translation>Esa entrada del diario ya no está.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry is already saved.</source>
        <translation>Esta entrada ya está guardada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry has not been saved yet.</source>
        <translation>Esta entrada todavía no se ha guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This review is already saved.</source>
        <translation>Esta revisión ya está guardada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That review is no longer there.</source>
        <translation>Esa revisión ya no está.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This review has not been saved yet.</source>
        <translation>Esta revisión todavía no se ha guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check-in cannot be for a day that has not come yet.</source>
        <translation>Un registro no puede ser de un día que todavía no ha llegado.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>This vault is already open in another Wellbeing window or command. Close it there first; nothing was changed.</source>
        <translation>Esta caja fuerte ya está abierta en otra ventana o comando de Wellbeing. Ciérrala allí primero; no se cambió nada.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>{out} is a folder; name the file for the copy.</source>
        <translation>{out} es una carpeta; ponle nombre al archivo de la copia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There isn&apos;t enough room there for the copy. Nothing was written there; choose another place, such as another drive or a USB stick.</source>
        <translation>No hay espacio suficiente ahí para la copia. No se escribió nada ahí; elige otro lugar, como otra unidad o una memoria USB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wellbeing can&apos;t write in that folder. Nothing was written there; choose another place.</source>
        <translation>Wellbeing no puede escribir en esa carpeta. No se escribió nada ahí; elige otro lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That folder isn&apos;t there any more. Nothing was written; choose another place.</source>
        <translation>Esa carpeta ya no está. No se escribió nada; elige otro lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy couldn&apos;t be written there. Nothing was written there; choose another place.</source>
        <translation>No se pudo escribir la copia ahí. No se escribió nada ahí; elige otro lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file with that name is already there; it was left as is.</source>
        <translation>Ya hay un archivo con ese nombre; se dejó como estaba.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The key file is damaged: it is too short.</source>
        <translation>El archivo de claves está dañado: es demasiado corto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file is damaged: it is not a Wellbeing key file.</source>
        <translation>El archivo de claves está dañado: no es un archivo de claves de Wellbeing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file is damaged: it has been cut short or added to.</source>
        <translation>El archivo de claves está dañado: se ha cortado o se le ha añadido algo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file is damaged: its checksum does not match.</source>
        <translation>El archivo de claves está dañado: su suma de comprobación no coincide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file is damaged: its contents cannot be read.</source>
        <translation>El archivo de claves está dañado: no se puede leer su contenido.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>There is no backup at {path}. Nothing was changed.</source>
        <translation>No hay ninguna copia de seguridad en {path}. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {name} is damaged (its key file cannot be read) and cannot be used. Nothing was changed.</source>
        <translation>La copia de seguridad {name} está dañada (no se puede leer su archivo de clave) y no se puede usar. No se cambió nada.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>There is no vault at {folder}.</source>
        <translation>No hay ninguna caja fuerte en {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s key file ({KEY_FILE}) is empty (0 bytes).</source>
        <translation>El archivo de claves de la caja fuerte ({KEY_FILE}) está vacío (0 bytes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault at {folder} has lost its database file ({DB_FILE}).</source>
        <translation>La caja fuerte de {folder} ha perdido su archivo de base de datos ({DB_FILE}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s database file ({DB_FILE}) is empty (0 bytes): it was cut short.</source>
        <translation>El archivo de base de datos de la caja fuerte ({DB_FILE}) está vacío (0 bytes): se cortó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s database file ({DB_FILE}) has been cut short (truncated).</source>
        <translation>El archivo de base de datos de la caja fuerte ({DB_FILE}) se ha cortado (truncado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault at {folder} has lost its key file ({KEY_FILE}); without it the vault cannot be opened. A backup can restore it.</source>
        <translation>La caja fuerte de {folder} ha perdido su archivo de claves ({KEY_FILE}); sin él no se puede abrir. Una copia de seguridad puede restaurarlo.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>The folder {folder} is not empty. Choose an empty folder or a new one.</source>
        <translation>La carpeta {folder} no está vacía. Elige una carpeta vacía o una nueva.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>The key file and the database belong to different vaults. Nothing was changed.</source>
        <translation>El archivo de claves y la base de datos son de cajas fuertes distintas. No se cambió nada.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>There isn&apos;t enough room on the disk to save the new passphrase. Nothing was changed: your current passphrase still opens the vault. Free some space and try again.</source>
        <translation>No hay espacio suficiente en el disco para guardar la nueva frase de contraseña. No se cambió nada: tu frase de contraseña actual sigue abriendo la caja fuerte. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wellbeing can&apos;t write in the vault folder (it may be read-only). Nothing was changed: your current passphrase still opens the vault.</source>
        <translation>Wellbeing no puede escribir en la carpeta de la caja fuerte (puede que sea de solo lectura). No se cambió nada: tu frase de contraseña actual sigue abriendo la caja fuerte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wellbeing couldn&apos;t write the new passphrase into the vault folder. Nothing was changed: your current passphrase still opens the vault.</source>
        <translation>Wellbeing no pudo escribir la nueva frase de contraseña en la carpeta de la caja fuerte. No se cambió nada: tu frase de contraseña actual sigue abriendo la caja fuerte.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>There is already a vault at {folder}; it was left as is.</source>
        <translation>Ya hay una caja fuerte en {folder}; se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/services/messages.py" line="+20"/>
        <source>Something went wrong and nothing was changed. ({kind})</source>
        <extracomment>What a person reads about an error that is not one of ours (a bug): its kind only.</extracomment>
        <translation>Algo no salió bien y no se cambió nada. ({kind})</translation>
    </message>
</context>
<context>
    <name>ExportSection</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/data/sections.py" line="+8"/>
        <source>Everything, as JSON</source>
        <extracomment>(key, choice, what it is for): short choices, so they fit at 200 % text without a sideways scroll; the longer words wrap beneath each one.</extracomment>
        <translation>Todo, como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can be imported back into an empty vault.</source>
        <translation>Se puede volver a importar en una caja fuerte vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything, as Markdown</source>
        <translation>Todo, como Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy to read in any text editor.</source>
        <translation>Fácil de leer en cualquier editor de texto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The safety plan, as a PDF</source>
        <translation>El plan de seguridad, como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to print.</source>
        <translation>Lista para imprimir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+46"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>An export is NOT encrypted. Anyone who opens the file can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Una exportación NO está cifrada. Cualquiera que abra el archivo puede leer todo lo que contiene. Guárdala en un lugar privado y bórrala cuando ya no la necesites.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exports are not encrypted</source>
        <translation>Las exportaciones no están cifradas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to export:</source>
        <translation>Qué exportar:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Coded labels only</source>
        <translation>Solo etiquetas en cla&amp;ve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the PDF, name contacts by their coded label only</source>
        <translation>En el PDF, nombrar los contactos solo por su etiqueta en clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts with a coded label are printed by that label, not by name.</source>
        <translation>Los contactos con una etiqueta en clave se imprimen con esa etiqueta, no con su nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the PDF, contacts with a coded label are printed by it, not by name.</source>
        <translation>En el PDF, los contactos con una etiqueta en clave se imprimen con ella, no con su nombre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the export. The file will not be encrypted.</source>
        <translation>Elige dónde guardar la exportación. El archivo no estará cifrado.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the export (it will NOT be encrypted)</source>
        <translation>Guardar la exportación (NO estará cifrada)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/journal/filters.py" line="+38"/>
        <source>Show entries with the tag</source>
        <translation>Mostrar las entradas con la etiqueta</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+103"/>
        <location line="+46"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>&amp;Tag</source>
        <translation>E&amp;tiqueta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show entries with mood {mood} of 5</source>
        <translation>Mostrar las entradas con ánimo {mood} de 5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moo&amp;d</source>
        <translation>Áni&amp;mo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick one or more moods; none ticked shows every mood.</source>
        <translation>Marca uno o más estados de ánimo; si no marcas ninguno, se muestran todos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries from a date</source>
        <translation>Solo entradas desde una fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First date to show</source>
        <translation>Primera fecha que mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries until a date</source>
        <translation>Solo entradas hasta una fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last date to show</source>
        <translation>Última fecha que mostrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Clears the tag, mood and date filters.</source>
        <translation>Quita los filtros de etiqueta, ánimo y fecha.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{tag} ({count})</source>
        <translation>{tag} ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{tag} (0)</source>
        <translation>{tag} (0)</translation>
    </message>
</context>
<context>
    <name>FinishView</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/session/finish.py" line="+58"/>
        <source>Nothing in the plan was written or changed in this session. That is fine: talking things through counts too.</source>
        <extracomment>The open vault&apos;s folder (set by the session page): no PDF is saved inside it.</extracomment>
        <translation>En esta sesión no se escribió ni se cambió nada del plan. Está bien: hablar de las cosas también cuenta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary of this session</source>
        <translation>Resumen de esta sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save summary as PDF…</source>
        <translation>&amp;Guardar el resumen como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Save summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Only what was made in this session goes into it.</source>
        <translation>Solo entra lo que se hizo en esta sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About saving the summary</source>
        <translation>Sobre guardar el resumen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving as PDF is not available in this version.</source>
        <translation>Guardar como PDF no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The summary could not be saved there ({reason}). Try another folder.</source>
        <translation>No se pudo guardar el resumen ahí ({reason}). Prueba con otra carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as “{name}”.</source>
        <translation>Guardado como “{name}”.</translation>
    </message>
</context>
<context>
    <name>Forgetter</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/history/forget.py" line="+48"/>
        <source>Forget this change for good?

{sentence}

It will be removed from the history permanently and cannot be brought back. Your plan as it stands now stays as it is. Only the fact that one change was forgotten stays in the history.</source>
        <extracomment>The work is over; the message says how it went (kindly, also when it could not).</extracomment>
        <translation>¿Olvidar este cambio para siempre?

{sentence}

Se quitará de la historia de forma permanente y no se podrá recuperar. Tu plan tal como está ahora se queda igual. En la historia solo queda constancia de que se olvidó un cambio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forget this change?</source>
        <translation>¿Olvidar este cambio?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forget everything that changed before {date}?

Those changes will be removed from the history permanently and cannot be brought back. Your plan from {date} on stays exactly as it is. Only the fact “History before {date} was forgotten.” stays in the history.</source>
        <translation>¿Olvidar todo lo que cambió antes del {date}?

Esos cambios se quitarán de la historia de forma permanente y no se podrán recuperar. Tu plan desde el {date} se queda exactamente igual. En la historia solo queda la nota “Se olvidó la historia anterior al {date}.”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forget older history?</source>
        <translation>¿Olvidar la historia más antigua?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Forget for good</source>
        <translation>&amp;Olvidar para siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget for good</source>
        <translation>Olvidar para siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel, keep the history</source>
        <translation>Cancelar, conservar la historia</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Forgotten. Only a note that something was forgotten stays in the history.</source>
        <translation>Olvidado. En la historia solo queda una nota de que se olvidó algo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something got in the way, so this may not be forgotten yet. ({kind})</source>
        <translation>Algo se interpuso, así que puede que esto todavía no se haya olvidado. ({kind})</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/goals/editor.py" line="+50"/>
        <source>&amp;Goal, in a few words</source>
        <extracomment>What a cleared date field shows: no one&apos;s date.</extracomment>
        <translation>&amp;Meta, en pocas palabras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goal title</source>
        <translation>Título de la meta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hint</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Specific — what exactly?</source>
        <translation>Específica — ¿qué exactamente?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Specific</source>
        <translation>Específica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurable — how will I notice progress?</source>
        <translation>Medible — ¿cómo notaré el avance?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurable</source>
        <translation>Medible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Achievable — what makes it doable for me?</source>
        <translation>Alcanzable — ¿qué la hace posible para mí?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievable</source>
        <translation>Alcanzable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevant — why it matters to me</source>
        <translation>Relevante — por qué me importa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relevant</source>
        <translation>Relevante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-bound — by when, roughly?</source>
        <translation>Con fecha — ¿para cuándo, más o menos?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time-bound</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When and how it stands</source>
        <translation>Cuándo y en qué punto está</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Set a target date</source>
        <translation>Poner una fecha objetivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Where it stands</source>
        <translation>&amp;En qué punto está</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working on it, paused, achieved or let go.</source>
        <translation>En marcha, en pausa, lo logré o lo dejé ir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Values it serves</source>
        <translation>Valores a los que sirve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Set my own estimate</source>
        <translation>Poner mi propia estimación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this is off, progress comes from the steps done.</source>
        <translation>Cuando esto está desactivado, el avance sale de los pasos hechos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own estimate, in percent</source>
        <translation>Mi propia estimación, en porcentaje</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/goals/labels.py" line="+24"/>
        <source>{status} · {percent} %</source>
        <extracomment>The list shows active goals first, then resting ones, then the ones that are done.</extracomment>
        <translation>{status} · {percent} %</translation>
    </message>
</context>
<context>
    <name>GoalsScreen</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/goals/screen.py" line="+32"/>
        <location line="+19"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Goals in your own words, the values they serve, and small steps. Changes save themselves, encrypted, on this computer only.</source>
        <translation>Metas con tus propias palabras, los valores a los que sirven y pasos pequeños. Los cambios se guardan solos, cifrados, solo en este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your goals</source>
        <translation>Tus metas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals yet. “New goal” starts one.</source>
        <translation>Todavía no hay metas. “Nueva meta” empieza una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal is in the archive now.</source>
        <translation>La meta está ahora en el archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a goal, or start a new one.</source>
        <translation>Elige una meta, o empieza una nueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the goal a short title and it will save itself.</source>
        <translation>Dale a la meta un título corto y se guardará sola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal needs a short title. Until you write a new one, it keeps the old one.</source>
        <translation>Una meta necesita un título corto. Hasta que escribas otro, conserva el anterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal without a title yet</source>
        <translation>Una meta todavía sin título</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/wellbeing/domain/history/messages.py" line="+22"/>
        <source>Added the value {name}.</source>
        <translation>Añadiste el valor {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved the value {name} to the archive.</source>
        <translation>Moviste el valor {name} al archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back the value {name}.</source>
        <translation>Recuperaste el valor {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the value {name}.</source>
        <translation>Cambiaste el valor {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added the goal {name}.</source>
        <translation>Añadiste la meta {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved the goal {name} to the archive.</source>
        <translation>Moviste la meta {name} al archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back the goal {name}.</source>
        <translation>Recuperaste la meta {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the goal {name}.</source>
        <translation>Cambiaste la meta {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added the boundary {name}.</source>
        <translation>Añadiste el límite {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved the boundary {name} to the archive.</source>
        <translation>Moviste el límite {name} al archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back the boundary {name}.</source>
        <translation>Recuperaste el límite {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the boundary {name}.</source>
        <translation>Cambiaste el límite {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added the routine {name}.</source>
        <translation>Añadiste la rutina {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved the routine {name} to the archive.</source>
        <translation>Moviste la rutina {name} al archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back the routine {name}.</source>
        <translation>Recuperaste la rutina {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the routine {name}.</source>
        <translation>Cambiaste la rutina {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started the safety plan.</source>
        <translation>Empezaste el plan de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the safety plan.</source>
        <translation>Cambiaste el plan de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the plan.</source>
        <translation>Cambiaste el plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed {what} from {old} to {new}.</source>
        <translation>Cambiaste {what}: de {old} a {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {what}: {new}.</source>
        <translation>Escribiste {what}: {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared {what}.</source>
        <translation>Borraste {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renamed the value {old} to {new}.</source>
        <translation>Cambiaste el nombre del valor {old} a {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved {name} to very important.</source>
        <translation>Moviste {name} a muy importante para mí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved {name} to important.</source>
        <translation>Moviste {name} a importante para mí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved {name} to less important right now.</source>
        <translation>Moviste {name} a menos importante para mí ahora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved {name} back to not sorted yet.</source>
        <translation>Devolviste {name} a los valores sin ordenar todavía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked {name} {ordinal}.</source>
        <translation>Pusiste {name} en el {ordinal} puesto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took {name} out of the ranking.</source>
        <translation>Quitaste {name} de los puestos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the description of the value {name}</source>
        <translation>la descripción del valor {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why {name} matters</source>
        <translation>por qué te importa {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renamed the goal {old} to {new}.</source>
        <translation>Cambiaste el nombre de la meta {old} a {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused the goal {name}.</source>
        <translation>Pusiste en pausa la meta {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go of the goal {name}.</source>
        <translation>Dejaste ir la meta {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked the goal {name} achieved.</source>
        <translation>Marcaste que lograste la meta {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up the goal {name} again.</source>
        <translation>Retomaste la meta {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommitted to the goal {name}.</source>
        <translation>Volviste a comprometerte con la meta {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Went back to working on the goal {name}.</source>
        <translation>Volviste a trabajar en la meta {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what makes the goal {name} {aspect}</source>
        <translation>qué hace {aspect} la meta {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specific</source>
        <translation>específica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measurable</source>
        <translation>medible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achievable</source>
        <translation>alcanzable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relevant</source>
        <translation>relevante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time-bound</source>
        <translation>con fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a date for the goal {name}: {new}.</source>
        <translation>Pusiste una fecha a la meta {name}: {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved the date of the goal {name} from {old} to {new}.</source>
        <translation>Cambiaste la fecha de la meta {name} del {old} al {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took the date off the goal {name}.</source>
        <translation>Quitaste la fecha de la meta {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the progress of the goal {name} to {percent} %.</source>
        <translation>Pusiste el avance de la meta {name} en {percent} %.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the steps show the progress of the goal {name}.</source>
        <translation>Dejaste que los pasos muestren el avance de la meta {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added step {n} of the goal {name}: {text}.</source>
        <translation>Añadiste el paso {n} de la meta {name}: {text}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the step {text} from the goal {name}.</source>
        <translation>Quitaste el paso {text} de la meta {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed step {n} of the goal {name} from {old} to {new}.</source>
        <translation>Cambiaste el paso {n} de la meta {name}: de {old} a {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked off {text} in the goal {name}.</source>
        <translation>Marcaste {text} como hecho en la meta {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked {text} as not done yet in the goal {name}.</source>
        <translation>Marcaste {text} como pendiente en la meta {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reordered the steps of the goal {name}.</source>
        <translation>Cambiaste el orden de los pasos de la meta {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked the goal {name} to the value {value}.</source>
        <translation>Enlazaste la meta {name} con el valor {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked the goal {name} from the value {value}.</source>
        <translation>Quitaste el enlace entre la meta {name} y el valor {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked the goal {name} to a value.</source>
        <translation>Enlazaste la meta {name} con un valor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked the goal {name} from a value.</source>
        <translation>Quitaste el enlace entre la meta {name} y un valor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked the boundary {name} to the value {value}.</source>
        <translation>Enlazaste el límite {name} con el valor {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlinked the boundary {name} from the value {value}.</source>
        <translation>Quitaste el enlace entre el límite {name} y el valor {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked the boundary {name} to a value.</source>
        <translation>Enlazaste el límite {name} con un valor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlinked the boundary {name} from a value.</source>
        <translation>Quitaste el enlace entre el límite {name} y un valor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked the routine {name} to the value {value}.</source>
        <translation>Enlazaste la rutina {name} con el valor {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlinked the routine {name} from the value {value}.</source>
        <translation>Quitaste el enlace entre la rutina {name} y el valor {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked the routine {name} to a value.</source>
        <translation>Enlazaste la rutina {name} con un valor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked the routine {name} from a value.</source>
        <translation>Quitaste el enlace entre la rutina {name} y un valor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reworded the boundary {old} to {new}.</source>
        <translation>Reformulaste el límite {old} como {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused the boundary {name}.</source>
        <translation>Pusiste en pausa el límite {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go of the boundary {name}.</source>
        <translation>Dejaste ir el límite {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up the boundary {name} again.</source>
        <translation>Retomaste el límite {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommitted to the boundary {name}.</source>
        <translation>Volviste a comprometerte con el límite {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where the boundary {name} applies</source>
        <translation>dónde se aplica el límite {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the script of the boundary {name}</source>
        <translation>el guion del límite {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what to do if the boundary {name} is crossed</source>
        <translation>qué hacer si se cruza el límite {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed the routine {old} to {new}.</source>
        <translation>Cambiaste el nombre de la rutina {old} a {new}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused the routine {name}.</source>
        <translation>Pusiste en pausa la rutina {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go of the routine {name}.</source>
        <translation>Dejaste ir la rutina {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up the routine {name} again.</source>
        <translation>Retomaste la rutina {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommitted to the routine {name}.</source>
        <translation>Volviste a comprometerte con la rutina {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed the routine {name} from {old} to {new}.</source>
        <translation>Cambiaste la frecuencia de la rutina {name}: de {old} a {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the description of the routine {name}</source>
        <translation>la descripción de la rutina {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the routine {name} to start on {new}.</source>
        <translation>Pusiste que la rutina {name} empiece el {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed when the routine {name} started from {old} to {new}.</source>
        <translation>Cambiaste cuándo empezó la rutina {name}: del {old} al {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took the start date off the routine {name}.</source>
        <translation>Quitaste la fecha de inicio de la rutina {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {text} to {step}.</source>
        <translation>Añadiste {text} en {step}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed {text} from {step}.</source>
        <translation>Quitaste {text}, que estaba en {step}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed item {n} of {step} from {old} to {new}.</source>
        <translation>Cambiaste el elemento {n} en {step}: de {old} a {new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reordered {step}.</source>
        <translation>Cambiaste el orden en {step}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set how likely I am to use {text} in {step} to {n} out of 5.</source>
        <translation>Marcaste qué tan probable es que use {text} en {step}: {n} de 5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cleared how likely I am to use {text} in {step}.</source>
        <translation>Borraste qué tan probable es que use {text} en {step}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how to reach {text} in {step}</source>
        <translation>cómo contactar a {text} en {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coded label of {text} in {step}</source>
        <translation>la etiqueta en clave de {text} en {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what might get in the way of {text} in {step}</source>
        <translation>qué podría estorbar {text} en {step}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where the safety plan is kept</source>
        <translation>dónde se guarda el plan de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who the safety plan is shared with</source>
        <translation>con quién se comparte el plan de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked the safety plan reviewed on {date}.</source>
        <translation>Marcaste el plan de seguridad como repasado el {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cleared when the safety plan was last reviewed.</source>
        <translation>Borraste cuándo repasaste por última vez el plan de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reworded the prompt of {step}.</source>
        <translation>Reformulaste la pregunta en {step}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went back to the app&apos;s prompt for {step}.</source>
        <translation>Volviste a la pregunta de la app en {step}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {n} of the safety plan ({title})</source>
        <translation>el paso {n} del plan de seguridad ({title})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reasons for living in the safety plan</source>
        <translation>las razones para vivir del plan de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} · {sentence}</source>
        <translation>{date} · {sentence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sentence} ({notes}).</source>
        <translation>{sentence} ({notes}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and one more change</source>
        <translation>y un cambio más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more changes</source>
        <translation>y {count} cambios más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in session</source>
        <translation>en una sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in a review</source>
        <translation>en una revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History before {date} was forgotten.</source>
        <translation>Se olvidó la historia anterior al {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One change was forgotten.</source>
        <translation>Se olvidó un cambio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}st</source>
        <translation>{n}.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}nd</source>
        <translation>{n}.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}rd</source>
        <translation>{n}.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}th</source>
        <translation>{n}.º</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/history/view.py" line="+53"/>
        <source>Every change to your plan is kept here, so you can look back at how it grew. You can forget any part of this history for good.</source>
        <translation>Aquí se guarda cada cambio de tu plan, para que puedas ver cómo fue creciendo. Puedes olvidar para siempre cualquier parte de esta historia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan history</source>
        <translation>Historia del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Línea de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan on a &amp;date</source>
        <translation>El plan en una &amp;fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare two d&amp;ates</source>
        <translation>Comparar dos fech&amp;as</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changes to the plan, newest first</source>
        <translation>Cambios en el plan, los más nuevos primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a change and press Delete to forget it.</source>
        <translation>Elige un cambio y pulsa Supr para olvidarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to the plan, &amp;newest first</source>
        <translation>Cambios en el plan, los más &amp;nuevos primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget this &amp;change…</source>
        <translation>Olvidar este ca&amp;mbio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget this change</source>
        <translation>Olvidar este cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the chosen change from the history for good, after asking.</source>
        <translation>Quita para siempre de la historia el cambio elegido, después de preguntar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget this change…</source>
        <translation>Olvidar este cambio…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget everything before this day</source>
        <translation>Olvidar todo lo anterior a este día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made before this day can be forgotten for good, after asking.</source>
        <translation>Los cambios hechos antes de este día se pueden olvidar para siempre, después de preguntar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget everything &amp;before</source>
        <translation>Olvidar todo lo an&amp;terior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget&amp;…</source>
        <translation>Olvi&amp;dar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything before the chosen day</source>
        <translation>Olvidar todo lo anterior al día elegido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forgetting</source>
        <translation>Olvidando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How forgetting went</source>
        <translation>Cómo fue el olvido</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Forgetting… The vault file is being rewritten so nothing of it is left. This can take a moment.</source>
        <translation>Olvidando… El archivo de la caja fuerte se está reescribiendo para que no quede nada de ello. Puede tardar un momento.</translation>
    </message>
</context>
<context>
    <name>ImportSection</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/data/sections.py" line="+14"/>
        <source>Find out from the file</source>
        <translation>Averiguarlo por el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines (one entry a line)</source>
        <translation>JSON Lines (una entrada por línea)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jrnl (jrnl --export json)</source>
        <translation>jrnl (jrnl --export json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day One (its JSON export, or the .zip)</source>
        <translation>Day One (su exportación JSON, o el .zip)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import journal entries</source>
        <translation>Importar entradas de diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in journal entries written elsewhere. Entries already in your journal (same time, same words) are recognised and left out, and nothing is added unless the whole file can be.</source>
        <translation>Trae entradas de diario escritas en otro lugar. Las entradas que ya están en tu diario (misma hora, mismas palabras) se reconocen y se dejan fuera, y no se añade nada a menos que se pueda añadir el archivo entero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format of the file</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Importar desde un archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import journal entries from a file</source>
        <translation>Importar entradas de diario desde un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Import progress</source>
        <translation>Avance de la importación</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the import; nothing from the file is added.</source>
        <translation>Detiene la importación; no se añade nada del archivo.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a file of journal entries</source>
        <translation>Elige un archivo de entradas de diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal exports (*.json *.jsonl *.zip);;All files (*)</source>
        <translation>Exportaciones de diario (*.json *.jsonl *.zip);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/safety_plan/item_editor.py" line="+52"/>
        <source>In my words</source>
        <translation>Con mis palabras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item, in my words</source>
        <translation>Elemento, con mis palabras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hint</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How to reach them</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number, an address, when they are around</source>
        <translation>Un número, una dirección, cuándo se le encuentra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coded label for printing (optional)</source>
        <translation>Etiqueta en clave para imprimir (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coded label for printing</source>
        <translation>Etiqueta en clave para imprimir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A nickname or initial printed instead of the name, when you choose to print contacts by coded label only.</source>
        <translation>Un apodo o una inicial que se imprime en lugar del nombre, cuando eliges imprimir los contactos solo con su etiqueta en clave.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>How likely am I to use this?</source>
        <translation>¿Qué tan probable es que lo use?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From 1, not likely, to 5, very likely; or not set.</source>
        <translation>Del 1, poco probable, al 5, muy probable; o sin indicar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>What might get in the way?</source>
        <translation>¿Qué podría estorbar?</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>An item needs a few words. Until you write new ones, it keeps the old ones.</source>
        <translation>Un elemento necesita algunas palabras. Hasta que escribas otras, conserva las anteriores.</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/journal/screen.py" line="+161"/>
        <source>Journal</source>
        <extracomment>Saves kept during an import: entries whose kept save gave them a new id (their date changed), and the open entry whose kept save could not be written.</extracomment>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Choose an entry on the left, or start a new one with “New entry” (Ctrl+N).</source>
        <translation>Elige una entrada a la izquierda, o empieza una nueva con “Nueva entrada” (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with “New entry” (Ctrl+N). What you write saves itself as you go, encrypted, on this computer only.</source>
        <translation>Empieza con “Nueva entrada” (Ctrl+N). Lo que escribes se guarda solo sobre la marcha, cifrado, solo en este equipo.</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/journal/list_pane.py" line="+29"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts a new entry (Ctrl+N).</source>
        <translation>Empieza una entrada nueva (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <location line="+44"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Show filters</source>
        <translation>Mostrar los filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrow the list by tag, mood or date.</source>
        <translation>Acota la lista por etiqueta, ánimo o fecha.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many entries are shown</source>
        <translation>Cuántas entradas se muestran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Journal entries, newest first</source>
        <translation>Entradas del diario, las más nuevas primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens the entry; Delete moves it to the archive, with an Undo.</source>
        <translation>Enter abre la entrada; Supr la mueve al archivo, con opción de deshacer.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Filters ({count})</source>
        <translation>Filtros ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing written yet. This is a private place; only you can open it.</source>
        <translation>Todavía no hay nada escrito. Este es un lugar privado; solo tú puedes abrirlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries contain these words.</source>
        <translation>Ninguna entrada contiene estas palabras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for these words. Fewer words, or the start of a word followed by *, may find more.</source>
        <translation>No se encontró nada con estas palabras. Con menos palabras, o con el principio de una palabra seguido de *, puede que encuentres más.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The filters narrow the search too.</source>
        <translation>Los filtros también acotan la búsqueda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest {n} entries with these words; scroll for more.</source>
        <translation>Las {n} entradas más nuevas con estas palabras; desplázate para ver más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry contains these words.</source>
        <translation>1 entrada contiene estas palabras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} entries contain these words.</source>
        <translation>{n} entradas contienen estas palabras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 entry matches these filters.</source>
        <translation>1 entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} entries match these filters.</source>
        <translation>{n} entradas coinciden con estos filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entries match these filters. “Show everything” under Filters brings them all back.</source>
        <translation>Ninguna entrada coincide con estos filtros. “Mostrar todo”, en Filtros, las trae todas de vuelta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} entries</source>
        <translation>{n} entradas</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/boundaries/log.py" line="+58"/>
        <source>Once the boundary has a few words, you can log how it went here.</source>
        <extracomment>What a cleared date field shows: no one&apos;s date.</extracomment>
        <translation>Cuando el límite tenga algunas palabras, aquí podrás anotar cómo fue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held, crossed or renegotiated.</source>
        <translation>Sostenido, cruzado o renegociado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words, if you like</source>
        <translation>Unas palabras, si quieres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Enter logs it.</source>
        <translation>Opcional. Enter lo anota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it</source>
        <translation>Anotarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log how it went</source>
        <translation>Anotar cómo fue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;How it went</source>
        <translation>Cómo &amp;fue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Day</source>
        <translation>Dí&amp;a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent log</source>
        <translation>Registro reciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Delete removes a mistaken entry.</source>
        <translation>Lo más nuevo primero. Supr quita una anotación equivocada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Recent log</source>
        <translation>&amp;Registro reciente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove this entry</source>
        <translation>Quitar esta anotación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an entry made by mistake.</source>
        <translation>Para una anotación hecha por error.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the entry back</source>
        <translation>Recuperar la anotación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the removed entry back</source>
        <translation>Recuperar la anotación quitada</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/wellbeing/ui/main_window.py" line="+188"/>
        <source>Sections</source>
        <extracomment>Locked by a quick exit (Esc twice) since the last unlock: the fresh process a lock turns into (``app.LockEndsProcess``) then starts minimised.</extracomment>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+1 to Ctrl+9 and Ctrl+0 move between them</source>
        <translation>Ctrl+1 a Ctrl+9 y Ctrl+0 cambian de una a otra</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Session…</source>
        <translation>&amp;Sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guided session with a therapist</source>
        <translation>Una sesión guiada con una persona terapeuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a session with a therapist</source>
        <translation>Empezar una sesión con una persona terapeuta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guided walk through values, goals, boundaries, routines and the safety plan, with the journal and review hidden</source>
        <translation>Un recorrido guiado por valores, metas, límites, rutinas y el plan de seguridad, con el diario y la revisión ocultos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/journal/editor.py" line="-120"/>
        <location line="+4"/>
        <source>No mood</source>
        <extracomment>Where the date box rests while no entry is open (never a person&apos;s date).</extracomment>
        <translation>Sin ánimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood {mood} of 5</source>
        <translation>Ánimo {mood} de 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 is the lowest and 5 the highest; leaving it empty is fine.</source>
        <translation>1 es el más bajo y 5 el más alto; está bien dejarlo vacío.</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/today/mood.py" line="+21"/>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>okay</source>
        <translation>regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very good</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>{n} · {word}</source>
        <translation>{n} · {word}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Mood {n} of 5: {word}</source>
        <translation>Ánimo {n} de 5: {word}</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../src/wellbeing/ui/widgets/passphrase.py" line="+77"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase, again</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength</source>
        <translation>Fuerza de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Escríbela otra vez</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The two are not the same yet.</source>
        <translation>Las dos todavía no son iguales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both are the same.</source>
        <translation>Las dos son iguales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Very easy to guess. A few ordinary words together are easier to remember and much harder to guess.</source>
        <translation>Muy fácil de adivinar. Unas cuantas palabras corrientes juntas son más fáciles de recordar y mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could be guessed. Adding another word or two would help.</source>
        <translation>Se podría adivinar. Añadir una o dos palabras más ayudaría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair. One more word would make it strong.</source>
        <translation>Aceptable. Una palabra más la haría fuerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good. Hard to guess.</source>
        <translation>Buena. Difícil de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong. Very hard to guess.</source>
        <translation>Fuerte. Muy difícil de adivinar.</translation>
    </message>
</context>
<context>
    <name>NextStepRow</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/today/steps.py" line="+22"/>
        <source>Tick when this step is done.</source>
        <translation>Márcalo cuando este paso esté hecho.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Next step: {step}</source>
        <translation>Siguiente paso: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For: {goal}</source>
        <translation>Para: {goal}</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/review/period_bar.py" line="+55"/>
        <source>Week</source>
        <extracomment>The choices, in the order shown.</extracomment>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Desde siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own dates</source>
        <translation>Tus propias fechas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look back over: {kind}</source>
        <translation>Mirar atrás: {kind}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Alt+Left</source>
        <translation>Atajo: Alt+Izquierda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation>Periodo siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Alt+Right</source>
        <translation>Atajo: Alt+Derecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>All time: {dates}</source>
        <translation>Desde siempre: {dates}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this month</source>
        <translation>este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this quarter</source>
        <translation>este trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this year</source>
        <translation>este año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{period} ({now}, so far)</source>
        <translation>{period} ({now}, hasta ahora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{period} (not here yet)</source>
        <translation>{period} (todavía no ha llegado)</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../src/wellbeing/domain/review.py" line="+163"/>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{first} to {last} {year}</source>
        <translation>De {first} a {last} de {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
</context>
<context>
    <name>PileModel</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/values/pile_model.py" line="+55"/>
        <source>{number}. {name}</source>
        <extracomment>The three piles, in the order they are shown and numbered (keys 1, 2, 3).</extracomment>
        <translation>{number}. {name}</translation>
    </message>
</context>
<context>
    <name>PilesPanel</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/values/piles_panel.py" line="+41"/>
        <source>Your piles</source>
        <translation>Tus montones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a card to write why it matters to you, or to move it. In a list, the keys 1, 2 and 3 move the card to that pile.</source>
        <translation>Selecciona una tarjeta para escribir por qué te importa, o para moverla. En una lista, las teclas 1, 2 y 3 mueven la tarjeta a ese montón.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing here yet.</source>
        <translation>Todavía no hay nada aquí.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the few that matter most right now: move your top five to ten to the top of the first pile (Ctrl+Up, Ctrl+Down).</source>
        <translation>Elige las pocas que más importan ahora: mueve tus cinco a diez principales arriba del primer montón (Ctrl+Arriba, Ctrl+Abajo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;up</source>
        <translation>Mover a&amp;rriba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Up in the list</source>
        <translation>Ctrl+Arriba en la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Down in the list</source>
        <translation>Ctrl+Abajo en la lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to &amp;another pile</source>
        <translation>Mover a otro &amp;montón</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt and the arrow keys in the list</source>
        <translation>Alt y las flechas en la lista</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to the a&amp;rchive</source>
        <translation>Mover al arc&amp;hivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete in the list; you can undo it</source>
        <translation>Supr en la lista; puedes deshacerlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keys 1, 2, 3 or Alt and the arrows move a card; Delete puts it away.</source>
        <translation>Las teclas 1, 2, 3 o Alt y las flechas mueven una tarjeta; Supr la guarda en el archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down change its place.</source>
        <translation>Ctrl+Arriba y Ctrl+Abajo cambian su lugar.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Move to “{pile}”</source>
        <translation>Mover a “{pile}”</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/safety_plan/actions.py" line="+51"/>
        <source>Print it, carry it</source>
        <translation>Imprímelo, llévalo contigo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A PDF is not encrypted: keep it where only people you choose can see it. A wallet card is one small page to carry.</source>
        <extracomment>The PDF being written (one at a time), or None.</extracomment>
        <translation>Un PDF no está cifrado: guárdalo donde solo lo vean las personas que tú elijas. Una tarjeta de bolsillo es una página pequeña para llevar encima.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Save the plan as a PDF</source>
        <translation>Guardar el plan como PDF</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Wallet card PDF…</source>
        <translation>Tarjeta de bolsillo en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a wallet card as a PDF</source>
        <translation>Guardar una tarjeta de bolsillo como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Print contacts by coded label only</source>
        <translation>Imprimir los contactos solo con su etiqueta en clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts with a coded label are printed by that label, not by name.</source>
        <translation>Los contactos con una etiqueta en clave se imprimen con esa etiqueta, no con su nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readable without the passphrase…</source>
        <translation>Legible sin la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readable without the passphrase</source>
        <translation>Legible sin la frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether a copy of this plan can be read before unlocking.</source>
        <translation>Elige si una copia de este plan se puede leer antes de desbloquear.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>safety-plan-card.pdf</source>
        <translation>tarjeta-plan-de-seguridad.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>safety-plan.pdf</source>
        <translation>plan-de-seguridad.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a wallet card</source>
        <translation>Guardar una tarjeta de bolsillo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving as PDF is not ready in this version. Nothing was written.</source>
        <translation>Guardar como PDF todavía no está listo en esta versión. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The PDF could not be written there ({reason}). Try another folder.</source>
        <translation>No se pudo escribir el PDF ahí ({reason}). Prueba con otra carpeta.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Saved as {name}.</source>
        <translation>Guardado como {name}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This choice is not ready in this version.</source>
        <translation>Esta opción todavía no está lista en esta versión.</translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/safety_plan/details.py" line="+55"/>
        <source>About this plan</source>
        <extracomment>The date edit&apos;s lowest date stands for &quot;not reviewed yet&quot;.</extracomment>
        <translation>Sobre este plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: in this app, a card in my wallet</source>
        <translation>Por ejemplo: en esta aplicación, una tarjeta en mi cartera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where I keep my plan</source>
        <translation>&amp;Dónde guardo mi plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;ho I have shared it with</source>
        <translation>Con &amp;quién lo he compartido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look it over after a hard time and at follow-ups.</source>
        <translation>Repásalo después de un momento difícil y en los seguimientos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Reviewed today</source>
        <translation>Repasado hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets the last review to today.</source>
        <translation>Pone la última revisión en hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last reviewed</source>
        <translation>Ú&amp;ltima revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
</context>
<context>
    <name>PlanOnDatePane</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/history/plan_view.py" line="+28"/>
        <source>Day to look at</source>
        <extracomment>Without forgotten history, any day can be chosen; days before the first change show an empty plan, which says so.</extracomment>
        <translation>Día que mirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan is shown as it stood at the end of this day.</source>
        <translation>El plan se muestra tal como estaba al final de este día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the plan as it stood &amp;on</source>
        <translation>Mostrar el plan tal como estaba &amp;el</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan on the chosen day</source>
        <translation>El plan en el día elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read only. Values, goals, boundaries, routines and the safety plan.</source>
        <translation>Solo lectura. Valores, metas, límites, rutinas y el plan de seguridad.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>History starts on {start}: what changed before then was forgotten, as you asked. Choose any day from then until today.</source>
        <translation>La historia empieza el {start}: lo que cambió antes se olvidó, como pediste. Elige cualquier día desde entonces hasta hoy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose any day up to today to see the whole plan as it stood then.</source>
        <translation>Elige cualquier día hasta hoy para ver todo el plan tal como estaba entonces.</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <location filename="../../src/wellbeing/ui/words/plan.py" line="+35"/>
        <source>Working on it</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Achieved</source>
        <translation>Lo logré</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Let go</source>
        <translation>Lo dejé ir</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Held</source>
        <translation>Sostenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossed</source>
        <translation>Cruzado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renegotiated</source>
        <translation>Renegociado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>no hacía falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing noted</source>
        <translation>nada anotado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Very important to me</source>
        <translation>Muy importante para mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important to me</source>
        <translation>Importante para mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less important to me right now</source>
        <translation>Menos importante para mí ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sorted yet</source>
        <translation>Sin ordenar todavía</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/review/progress.py" line="+22"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resting</source>
        <translation>en descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>let go</source>
        <translation>lo dejé ir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How the period went, in charts, words and numbers. Nothing here is a score to live up to; skipped days never lower a routine&apos;s strength.</source>
        <translation>Cómo fue el periodo, en gráficos, palabras y números. Nada de esto es una nota que alcanzar; los días saltados nunca bajan la fuerza de una rutina.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine to show</source>
        <translation>Rutina que mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine shown in the chart:</source>
        <translation>Rutina que se muestra en el gráfico:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Strength over the period</source>
        <translation>Fuerza a lo largo del periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-ins of every routine in this period:</source>
        <translation>Registros de cada rutina en este periodo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-ins of every routine</source>
        <translation>Registros de cada rutina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held, crossed or renegotiated: each is something learned, none a failure.</source>
        <translation>Sostenido, cruzado o renegociado: cada uno es algo aprendido, ninguno es un fracaso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood over the period</source>
        <translation>Ánimo a lo largo del periodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WHO-5 well-being</source>
        <translation>Bienestar WHO-5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHO-5 scores over the period</source>
        <translation>Puntuaciones WHO-5 a lo largo del periodo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not started yet</source>
        <translation>todavía sin empezar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed</source>
        <translation>No hacía falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength at the end</source>
        <translation>Fuerza al final</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No routines in this period.</source>
        <translation>No hay rutinas en este periodo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strength went from {a} to {b}.</source>
        <translation>La fuerza pasó de {a} a {b}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped days never lower strength.</source>
        <translation>Los días saltados nunca bajan la fuerza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strength of “{name}”, {n} points: {first} at the start, {last} at the end.</source>
        <translation>Fuerza de “{name}”, {n} puntos: {first} al principio, {last} al final.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” had not started in this period.</source>
        <translation>“{name}” no había empezado en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No goals in this period.</source>
        <translation>No hay metas en este periodo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{title}” ({status})</source>
        <translation>“{title}” ({status})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress of “{title}”</source>
        <translation>Avance de “{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps done in this period: {n}. In all: {done} of {total}.</source>
        <translation>Pasos hechos en este periodo: {n}. En total: {done} de {total}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No boundaries in this period.</source>
        <translation>No hay límites en este periodo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Average mood {avg} out of 5, from {count} moods noted (journal entries and daily check-ins), shown by {grain}. Lowest {low} ({low_day}), highest {high} ({high_day}).</source>
        <translation>Ánimo medio {avg} de 5, a partir de {count} estados de ánimo anotados (entradas de diario y registros diarios), mostrado por {grain}. El más bajo {low} ({low_day}), el más alto {high} ({high_day}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No mood noted in this period.</source>
        <translation>No hay ningún ánimo anotado en este periodo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average mood (1–5)</source>
        <translation>Ánimo medio (1–5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moods noted</source>
        <translation>Estados de ánimo anotados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WHO-5 check-ins: {n}, average {avg} out of 100; the latest, on {day}, was {last}.</source>
        <translation>Registros WHO-5: {n}, media {avg} de 100; el último, el {day}, fue {last}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No WHO-5 check-in in this period. It is optional.</source>
        <translation>No hay ningún registro WHO-5 en este periodo. Es opcional.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score (0–100)</source>
        <translation>Puntuación (0–100)</translation>
    </message>
</context>
<context>
    <name>PromptBox</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/safety_plan/prompt_box.py" line="+33"/>
        <source>The prompt, in my words: {title}</source>
        <translation>La pregunta, con mis palabras: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done rewording the prompt</source>
        <translation>Terminé de reformular la pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this prompt</source>
        <translation>Editar esta pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the prompt: {title}</source>
        <translation>Editar la pregunta: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reword this prompt so it says it your way.</source>
        <translation>Reformula esta pregunta para que lo diga a tu manera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the original wording</source>
        <translation>Usar la redacción original</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the original wording: {title}</source>
        <translation>Usar la redacción original: {title}</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/session/panels.py" line="+55"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>Prompts for the conversation</source>
        <translation>Preguntas para la conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the person guiding the session. Questions only: nothing here is saved.</source>
        <translation>Para quien guía la sesión. Solo preguntas: aquí no se guarda nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
</context>
<context>
    <name>RecordListPane</name>
    <message>
        <location filename="../../src/wellbeing/ui/widgets/record_list.py" line="+140"/>
        <source>Shortcut: Ctrl+N</source>
        <extracomment>Data roles beyond Qt&apos;s own.</extracomment>
        <translation>Atajo: Ctrl+N</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Move to archive</source>
        <translation>Mover al archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves the chosen one to the archive. You can undo it. Shortcut: Delete</source>
        <translation>Mueve el elemento elegido al archivo. Puedes deshacerlo. Atajo: Supr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo moving to the archive</source>
        <translation>Deshacer el paso al archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete for good…</source>
        <translation>Borrar para siempre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the one just moved to the archive, with its history. Asks first.</source>
        <translation>Quita el que acabas de mover al archivo, con su historial. Pregunta antes.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/settings/new_key.py" line="-120"/>
        <location line="+3"/>
        <location line="+33"/>
        <source>Your new recovery key</source>
        <translation>Tu nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>I have saved my new recovery key somewhere safe</source>
        <translation>He guardado mi nueva clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have saved my new recovery key</source>
        <translation>He guardado mi nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your passphrase is changed, and your vault is now encrypted with a new key. Your old passphrase and your old recovery key no longer open it.</source>
        <translation>Tu frase de contraseña ha cambiado, y tu caja fuerte está ahora cifrada con una clave nueva. Tu frase de contraseña y tu clave de recuperación anteriores ya no la abren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your vault is now encrypted with a new key, and your old recovery key no longer opens it. Your passphrase stays the same.</source>
        <translation>Tu caja fuerte está ahora cifrada con una clave nueva, y tu clave de recuperación anterior ya no la abre. Tu frase de contraseña sigue siendo la misma.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If you ever forget your passphrase, this key opens your vault. It is shown only this once. Write it down or print it, and keep it somewhere private, away from this computer.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, esta clave abre tu caja fuerte. Solo se muestra esta vez. Anótala o imprímela, y guárdala en un lugar privado, lejos de este equipo.</translation>
    </message>
</context>
<context>
    <name>ReflectionPanel</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/review/reflection.py" line="+44"/>
        <source>Looking back</source>
        <translation>Mirando atrás</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What helped?</source>
        <translation>¿Qué ayudó?</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <source>What helped</source>
        <translation>Qué ayudó</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>What got in the way?</source>
        <translation>¿Qué se interpuso?</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <source>What got in the way</source>
        <translation>Qué se interpuso</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>What do I want to change?</source>
        <translation>¿Qué quiero cambiar?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What I want to change</source>
        <translation>Qué quiero cambiar</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>Reviews written before</source>
        <translation>Revisiones escritas antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to read the chosen review.</source>
        <translation>Pulsa Enter para leer la revisión elegida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviews written yet.</source>
        <translation>Todavía no hay revisiones escritas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the chosen review</source>
        <translation>Leer la revisión elegida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen review, to read</source>
        <translation>La revisión elegida, para leer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your own words about {period}. They save themselves as you write, encrypted, on this computer only.</source>
        <translation>Tus propias palabras sobre {period}. Se guardan solas mientras escribes, cifradas, solo en este equipo.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved, encrypted, on this computer only.</source>
        <translation>Guardado, cifrado, solo en este equipo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What I wanted to change</source>
        <translation>Qué quería cambiar</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/session/panels.py" line="+34"/>
        <source>&amp;Carry on</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to where you left off.</source>
        <translation>Volver a donde lo dejaste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a &amp;new one</source>
        <translation>Empezar una &amp;nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new session</source>
        <translation>Empezar una sesión nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you made last time stays in your plan.</source>
        <translation>Lo que hiciste la última vez se queda en tu plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not &amp;now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves session mode; you can carry on another time.</source>
        <translation>Sale del modo sesión; puedes continuar en otro momento.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Carry on with the session from {day}?</source>
        <translation>¿Continuar con la sesión del {day}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything written then is saved. {where}</source>
        <translation>Todo lo que se escribió entonces está guardado. {where}</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/review/reviews_model.py" line="+41"/>
        <source>{period} — written {day}</source>
        <translation>{period} — escrita el {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no words yet)</source>
        <translation>(todavía sin palabras)</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/review/screen.py" line="+172"/>
        <source>The plan&apos;s history will appear here in a later version of the app.</source>
        <extracomment>After an unlock, the screen makes its widgets this much later, a part at a time, while the person reads the Today screen: off the start-up path, ready before it is opened. Besides the plan, what the review shows and so follows.</extracomment>
        <translation>La historia del plan aparecerá aquí en una versión posterior de la aplicación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Parts of the review</source>
        <translation>Partes de la revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection and check-in</source>
        <translation>Reflexión y registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the plan</source>
        <translation>Cambiar el plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the plan has changed</source>
        <translation>Cómo ha cambiado el plan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>RoutineCheckRow</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/today/routine_row.py" line="+51"/>
        <location line="+32"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>I did it today.</source>
        <translation>Lo hice hoy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Skipped today. A skipped day never lowers the routine&apos;s strength.</source>
        <translation>Saltado hoy. Un día saltado nunca baja la fuerza de la rutina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Not needed today. This never lowers the routine&apos;s strength.</source>
        <translation>Hoy no hacía falta. Esto nunca baja la fuerza de la rutina.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press again to take it back.</source>
        <translation>Pulsa otra vez para deshacerlo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name}: {answer}</source>
        <translation>{name}: {answer}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done today</source>
        <translation>Hecho hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped today, and that is fine</source>
        <translation>Saltado hoy, y está bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed today</source>
        <translation>Hoy no hacía falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing noted yet</source>
        <translation>Todavía no hay nada anotado</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/routines/editor.py" line="+66"/>
        <source>Name of the routine</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: a short walk</source>
        <translation>Por ejemplo: un paseo corto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the routine is, and why it helps, in your own words.</source>
        <translation>Qué es la rutina, y por qué ayuda, con tus propias palabras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Every day</source>
        <translation>&amp;Todos los días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;chosen days</source>
        <translation>En días &amp;elegidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number of times a &amp;week</source>
        <translation>Unas veces por &amp;semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On chosen days</source>
        <translation>En días elegidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number of times a week</source>
        <translation>Unas veces por semana</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press Space to choose or unchoose this day.</source>
        <translation>Pulsa Espacio para elegir o quitar este día.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times a week</source>
        <translation>Veces por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times a week</source>
        <translation>veces por semana</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About the schedule</source>
        <translation>Sobre la frecuencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, paused or let go. Pausing keeps the strength as it is.</source>
        <translation>Vigente, en pausa o lo dejé ir. Al pausarla, la fuerza se queda como está.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started on</source>
        <translation>Empezó el</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About the name</source>
        <translation>Sobre el nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description</source>
        <translation>Descri&amp;pción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;often</source>
        <translation>Con qué &amp;frecuencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;arted on</source>
        <translation>Empezó e&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Values it serves</source>
        <translation>&amp;Valores a los que sirve</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>A routine needs a short name; until then it keeps the one it had.</source>
        <translation>Una rutina necesita un nombre corto; hasta entonces conserva el que tenía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one day.</source>
        <translation>Elige al menos un día.</translation>
    </message>
</context>
<context>
    <name>RoutineProgress</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/routines/progress.py" line="+41"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How well the routine has taken root, from 0 to 100 %.</source>
        <translation>Cuánto ha echado raíces la rutina, de 0 a 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strength grows a little with each day done, and rests on skipped, not needed and paused days. Today only counts once you check in.</source>
        <translation>La fuerza crece un poco con cada día hecho, y se mantiene en los días saltados, los que no hacía falta y los de pausa. Hoy solo cuenta cuando lo anotas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;trength</source>
        <translation>F&amp;uerza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-ins, last {weeks} weeks</source>
        <translation>Registros, últimas {weeks} semanas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row a week, one column a day. Press Space on a past day to change it: done, skipped, not needed, or nothing noted.</source>
        <translation>Una fila por semana, una columna por día. Pulsa Espacio en un día pasado para cambiarlo: hecho, saltado, no hacía falta o nada anotado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;heck-ins, last {weeks} weeks</source>
        <translation>Re&amp;gistros, últimas {weeks} semanas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{done} done   {skipped} skipped   {not_needed} not needed   blank: nothing noted yet.
Click a past day, or press Space on it, to change it. A skipped day never lowers your strength.</source>
        <translation>{done} hecho   {skipped} saltado   {not_needed} no hacía falta   en blanco: todavía nada anotado.
Haz clic en un día pasado, o pulsa Espacio sobre él, para cambiarlo. Un día saltado nunca baja tu fuerza.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chosen day</source>
        <translation>Día elegido</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Press Space to change it.</source>
        <translation>Pulsa Espacio para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>RoutinesScreen</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/routines/screen.py" line="+57"/>
        <location line="+1"/>
        <location line="+151"/>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Adds a routine (Ctrl+N).</source>
        <translation>Añade una rutina (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+106"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Active routines first, then paused ones, then those you let go.</source>
        <translation>Primero las rutinas vigentes, luego las que están en pausa, luego las que dejaste ir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Your routines</source>
        <translation>Tus &amp;rutinas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo moving to the archive</source>
        <translation>Deshacer el paso al archivo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Move to archive</source>
        <translation>&amp;Mover al archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this routine to the archive</source>
        <translation>Mover esta rutina al archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this right after, and restore it from the archive later.</source>
        <translation>Puedes deshacerlo justo después, y recuperarla del archivo más adelante.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No routines yet. A routine is a small thing you do for yourself, like a walk, a glass of water or a call to a friend. Press “New routine” to add one; it can be every day, on chosen days, or a few times a week.</source>
        <translation>Todavía no hay rutinas. Una rutina es algo pequeño que haces por ti, como un paseo, un vaso de agua o una llamada a alguien querido. Pulsa “Nueva rutina” para añadir una; puede ser todos los días, ciertos días o unas veces por semana.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No routine chosen</source>
        <translation>Ninguna rutina elegida</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Moved to the archive.</source>
        <translation>Movido al archivo.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <location filename="../../src/wellbeing/domain/safety_plan.py" line="+44"/>
        <source>Warning signs</source>
        <extracomment>The translation context of :data:`STEP_TITLES` (``wellbeing.ui.words.plan`` and the PDF translate the same source strings in it, so lupdate and run time agree). Each step&apos;s short title, once for every screen, printout and file (CARE.md&apos;s wording). In English as written here for the command line and Markdown.</extracomment>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things I can do on my own</source>
        <translation>Cosas que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and places that help</source>
        <translation>Personas y lugares que ayudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professionals and services</source>
        <translation>Profesionales y servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making my surroundings safer</source>
        <translation>Hacer más seguro mi entorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons for living</source>
        <translation>Razones para vivir</translation>
    </message>
</context>
<context>
    <name>SafetyPlanScreen</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/safety_plan/screen.py" line="+66"/>
        <location line="+65"/>
        <source>Safety plan</source>
        <extracomment>Below this many characters (of &quot;x&quot;) of width, an item&apos;s details go under its list.</extracomment>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Your plan for hard moments, in your own words: what to notice, what helps, who to reach. Changes save themselves, encrypted, on this computer only.</source>
        <translation>Tu plan para los momentos difíciles, con tus propias palabras: qué notar, qué ayuda, a quién acudir. Los cambios se guardan solos, cifrados, solo en este equipo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open crisis view (F1)</source>
        <translation>Abrir la vista de crisis (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open crisis view</source>
        <translation>Abrir la vista de crisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your plan, large and calm, one step at a time. Shortcut: F1</source>
        <translation>Tu plan, grande y tranquilo, paso a paso. Atajo: F1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Safety plan steps</source>
        <translation>Pasos del plan de seguridad</translation>
    </message>
</context>
<context>
    <name>SavedSign</name>
    <message>
        <location filename="../../src/wellbeing/ui/widgets/saved_sign.py" line="+16"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved, encrypted, on this computer only</source>
        <translation>Guardado, cifrado, solo en este equipo</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../src/wellbeing/domain/routines.py" line="+26"/>
        <source>every day</source>
        <extracomment>Short English day names, Monday first (``date.weekday()`` order), for the command line and Markdown; the UI says them through QLocale. The translation context of :data:`SCHEDULE_WORDS` (``wellbeing.ui.words.schedule``). How often, in words that fit inside a sentence (&quot;from every day to 3 times a week&quot;); a label on its own starts with a capital (:func:`capitalized`).</extracomment>
        <translation>todos los días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once a week</source>
        <translation>una vez por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twice a week</source>
        <translation>dos veces por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} times a week</source>
        <translation>{n} veces por semana</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/journal/widgets.py" line="+16"/>
        <source>Search the journal (Ctrl+F)</source>
        <translation>Buscar en el diario (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows entries containing every word typed. Escape clears the search.</source>
        <translation>Muestra las entradas que contienen todas las palabras escritas. Escape borra la búsqueda.</translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/safety_plan/section.py" line="+74"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add: {suggestion}</source>
        <translation>Añadir: {suggestion}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a line you can reword, fill in or remove.</source>
        <translation>Añade una línea que puedes reformular, completar o quitar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to: {title}</source>
        <translation>Añadir a: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in your own words and press Enter.</source>
        <translation>Escribe con tus propias palabras y pulsa Enter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F2 rewords the chosen item. Ctrl+Up and Ctrl+Down move it. Delete removes it; Ctrl+Z brings it back.</source>
        <translation>F2 reformula el elemento elegido. Ctrl+Arriba y Ctrl+Abajo lo mueven. Supr lo quita; Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move item up</source>
        <translation>Subir el elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Arriba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move item down</source>
        <translation>Bajar el elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Abajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove item</source>
        <translation>Quitar el elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can bring it back. Delete</source>
        <translation>Puedes recuperarlo. Supr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed from this list.</source>
        <translation>Quitado de esta lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring the removed item back</source>
        <translation>Recuperar el elemento quitado</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/session/header.py" line="+34"/>
        <source>Where we are</source>
        <translation>Dónde estamos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session progress</source>
        <translation>Avance de la sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The step before (Alt+Left).</source>
        <translation>El paso anterior (Alt+Izquierda).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip this step</source>
        <translation>&amp;Saltar este paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this step</source>
        <translation>Saltar este paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves on; the step stays there for another time.</source>
        <translation>Sigue adelante; el paso queda ahí para otra vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The next step (Alt+Right).</source>
        <translation>El paso siguiente (Alt+Derecha).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+77"/>
        <source>Hide &amp;prompts</source>
        <translation>Ocultar &amp;preguntas</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>End sess&amp;ion</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything so far is saved.</source>
        <translation>Todo lo hecho hasta ahora está guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End the session now? Everything so far is saved.</source>
        <translation>¿Terminar la sesión ahora? Todo lo hecho hasta ahora está guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End now</source>
        <translation>Terminar ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the session now</source>
        <translation>Terminar la sesión ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Last · {title}</source>
        <translation>Último · {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All steps done: the summary</source>
        <translation>Todos los pasos hechos: el resumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step {n} of {total} · {title}</source>
        <translation>Paso {n} de {total} · {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step {n} of {total}: {title}</source>
        <translation>Paso {n} de {total}: {title}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show &amp;prompts</source>
        <translation>Mostrar &amp;preguntas</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/session/page.py" line="+136"/>
        <source>You had reached the summary.</source>
        <translation>Habías llegado al resumen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were at step {n} of {total}, {title}.</source>
        <translation>Estabas en el paso {n} de {total}, {title}.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Made in session on {day}</source>
        <translation>Hecho en la sesión del {day}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>What we made together</source>
        <translation>Lo que hicimos juntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the session on {day}. Only what was written or changed in this session is here.</source>
        <translation>De la sesión del {day}. Aquí solo está lo que se escribió o cambió en esta sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped for today: {steps}. They are there whenever you like.</source>
        <translation>Saltado por hoy: {steps}. Siguen ahí cuando quieras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>session-summary-{day}</source>
        <translation>resumen-de-sesion-{day}</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/session/steps.py" line="+62"/>
        <source>The safety plan is not part of this version yet. You can skip this step.</source>
        <translation>El plan de seguridad todavía no forma parte de esta versión. Puedes saltar este paso.</translation>
    </message>
</context>
<context>
    <name>SessionPrompts</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/session/prompts.py" line="+21"/>
        <source>Values</source>
        <extracomment>The steps of a session, in order. The last one is the summary, not a plan screen. How many steps are counted in &quot;Step 2 of 5&quot; (the summary comes after them).</extracomment>
        <translation>Valores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which of these cards feel most like you right now?</source>
        <translation>¿Cuáles de estas tarjetas se parecen más a ti ahora mismo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there a value missing that you&apos;d like to add in your own words?</source>
        <translation>¿Falta algún valor que te gustaría añadir con tus propias palabras?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When did you last feel you were living one of your top values?</source>
        <translation>¿Cuándo sentiste por última vez que vivías uno de tus valores principales?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would you like to write about why one of them matters?</source>
        <translation>¿Qué te gustaría escribir sobre por qué importa uno de ellos?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which value would you like a goal to serve?</source>
        <translation>¿A qué valor te gustaría que sirviera una meta?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is one small step that feels possible this week?</source>
        <translation>¿Cuál es un paso pequeño que parece posible esta semana?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How would you notice that it is going well?</source>
        <translation>¿Cómo notarías que va bien?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What might get in the way, and what could help?</source>
        <translation>¿Qué podría estorbar, y qué podría ayudar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there a goal you&apos;d like to pause or let go of? That is a choice, not a failure.</source>
        <translation>¿Hay alguna meta que te gustaría pausar o dejar ir? Es una elección, no un fracaso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where would a boundary make things easier — at work, at home, with someone?</source>
        <translation>¿Dónde te facilitaría las cosas un límite — en el trabajo, en casa, con alguien?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How would you put it in your own words?</source>
        <translation>¿Cómo lo dirías con tus propias palabras?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What could you say, if you wanted to say it out loud?</source>
        <translation>¿Qué podrías decir, si quisieras decirlo en voz alta?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it gets crossed, what would you like to do for yourself?</source>
        <translation>Si se cruza, ¿qué te gustaría hacer por ti?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What small thing already helps you feel a bit more like yourself?</source>
        <translation>¿Qué cosa pequeña ya te ayuda a sentirte un poco más tú?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often feels realistic — every day, some days, or a few times a week?</source>
        <translation>¿Qué frecuencia parece realista — todos los días, algunos días o unas veces por semana?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would make it easier to start?</source>
        <translation>¿Qué te haría más fácil empezar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some days it won&apos;t happen, and that&apos;s fine. How would you like to treat yourself on those days?</source>
        <translation>Algunos días no pasará, y está bien. ¿Cómo te gustaría tratarte esos días?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What tells you a hard time might be building?</source>
        <translation>¿Qué te dice que puede estar gestándose un momento difícil?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can you do on your own to take your mind off things, even at 2 a.m.?</source>
        <translation>¿Qué puedes hacer por tu cuenta para despejar la mente, incluso a las 2 de la madrugada?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who could you be with — not to talk about it, just to be around?</source>
        <translation>¿Con quién podrías estar — no para hablar de ello, solo para tener compañía?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who could you ask for help? Which services feel safe for you? It is fine to leave out any that don&apos;t.</source>
        <translation>¿A quién podrías pedir ayuda? ¿Qué servicios te parecen seguros? Está bien dejar fuera los que no.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What could make your surroundings a little safer, and what matters most to you?</source>
        <translation>¿Qué podría hacer tu entorno un poco más seguro, y qué es lo que más te importa?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What felt most useful today?</source>
        <translation>¿Qué fue lo más útil hoy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there anything you&apos;d like to look at again next time?</source>
        <translation>¿Hay algo que te gustaría volver a mirar la próxima vez?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Would you like to keep this summary? Where would it be safe?</source>
        <translation>¿Te gustaría conservar este resumen? ¿Dónde estaría a salvo?</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/settings/__init__.py" line="+61"/>
        <source>Lock after this long without use</source>
        <translation>Bloquear tras este tiempo sin uso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language shows the next time Wellbeing starts</source>
        <translation>El nuevo idioma se verá la próxima vez que se abra Wellbeing</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app also locks when the computer sleeps, with Ctrl+L, and at once when you press Esc twice (this also hides everything on screen).</source>
        <translation>La aplicación también se bloquea cuando el equipo entra en reposo, con Ctrl+L, y al instante si pulsas Esc dos veces (esto también oculta todo lo que hay en pantalla).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;olours</source>
        <translation>C&amp;olores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language shows the next time Wellbeing starts.</source>
        <translation>Un idioma nuevo se verá la próxima vez que se abra Wellbeing.</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/settings/passphrase.py" line="+49"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase &amp;actual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange passphrase</source>
        <translation>Ca&amp;mbiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new &amp;recovery key</source>
        <translation>Crear una nueva clave de &amp;recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a recovery key that was lost or seen; needs your current passphrase</source>
        <translation>Para una clave de recuperación perdida o que alguien vio; necesita tu frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re-encrypting your vault</source>
        <translation>Recifrando tu caja fuerte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase message</source>
        <translation>Mensaje sobre la frase de contraseña</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Either one encrypts your whole vault again with a new key, and gives you a new recovery key: the old passphrase and the old recovery key no longer open it, even with an old copy of its key file. Backups made before still open with the old ones. It takes a few seconds; you can go on reading meanwhile.</source>
        <translation>Cualquiera de los dos vuelve a cifrar toda tu caja fuerte con una clave nueva y te da una nueva clave de recuperación: la frase de contraseña y la clave de recuperación anteriores ya no la abren, ni siquiera con una copia antigua de su archivo de clave. Las copias de seguridad hechas antes siguen abriéndose con las anteriores. Tarda unos segundos; mientras tanto puedes seguir leyendo.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>You have a new recovery key. Your passphrase stays the same.</source>
        <translation>Tienes una nueva clave de recuperación. Tu frase de contraseña sigue siendo la misma.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Making a fresh backup…</source>
        <translation>Haciendo una copia nueva…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A fresh backup was made ({name}), and the older daily backups in your backup folder were deleted.</source>
        <translation>Se hizo una copia nueva ({name}) y se borraron las copias diarias anteriores de tu carpeta de copias.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fresh backup couldn&apos;t be made, so no backup was deleted. {reason}</source>
        <translation>No se pudo hacer la copia nueva, así que no se borró ninguna copia. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/settings/__init__.py" line="+7"/>
        <source>Where your vault is</source>
        <translation>Dónde está tu caja fuerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vault folder</source>
        <translation>Carpeta de la caja fuerte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encrypted, on this computer only. Backups and exports are under “Your data”. You can move the folder, or give it a name that says nothing about what it holds; Wellbeing locks while it moves.</source>
        <translation>Cifrada, solo en este equipo. Las copias y las exportaciones están en “Tus datos”. Puedes mover la carpeta, o darle un nombre que no diga nada de lo que contiene; Wellbeing se bloquea mientras se mueve.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move or rename the vault folder…</source>
        <translation>Mo&amp;ver o renombrar la carpeta de la caja fuerte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Move or rename the vault folder</source>
        <translation>Mover o renombrar la carpeta de la caja fuerte</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+64"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+3"/>
        <source>Discreet mode</source>
        <translation>Modo discreto</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Use a &amp;neutral name and a plain icon</source>
        <translation>Usar un nombre &amp;neutro y un icono sencillo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window and taskbar show the name below and a plain note icon</source>
        <translation>La ventana y la barra de tareas muestran el nombre de abajo y un icono sencillo de nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name shown in discreet mode</source>
        <translation>Nombre que se muestra en modo discreto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name &amp;shown</source>
        <translation>Nombre &amp;que se muestra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a shared computer: the window, the taskbar and the app&apos;s name show only this name. File dialogs never add to the system&apos;s list of recent files, discreet or not, and the app shows no notifications. Your vault folder can be moved and renamed below.</source>
        <translation>Para un equipo compartido: la ventana, la barra de tareas y el nombre de la aplicación muestran solo este nombre. Los diálogos de archivos nunca añaden nada a la lista de archivos recientes del sistema, con modo discreto o sin él, y la aplicación no muestra notificaciones. Más abajo puedes mover y renombrar la carpeta de tu caja fuerte.</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/settings/passphrase.py" line="-90"/>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making a new recovery key…</source>
        <translation>Creando una nueva clave de recuperación…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Tu frase de contraseña ha cambiado. A partir de ahora usa la nueva.</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/settings/__init__.py" line="+47"/>
        <source>Move the vault?</source>
        <translation>¿Mover la caja fuerte?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wellbeing will save everything, lock, and move your vault to:
{target}

Then unlock it with your passphrase as usual.</source>
        <translation>Wellbeing guardará todo, se bloqueará y moverá tu caja fuerte a:
{target}

Luego desbloquéala con tu frase de contraseña como siempre.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The vault was moved</source>
        <translation>La caja fuerte se movió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your vault is now in {folder}. Unlock it to go on.</source>
        <translation>Tu caja fuerte está ahora en {folder}. Desbloquéala para seguir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault was not moved</source>
        <translation>La caja fuerte no se movió</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/goals/steps.py" line="+49"/>
        <source>Add a step and press Enter</source>
        <translation>Añade un paso y pulsa Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New step</source>
        <translation>Paso nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a step and press Enter to add it.</source>
        <translation>Escribe un paso y pulsa Enter para añadirlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space ticks a step as done. F2 changes its words. Alt+Up and Alt+Down move it. Delete removes it.</source>
        <translation>Espacio marca un paso como hecho. F2 cambia sus palabras. Alt+Arriba y Alt+Abajo lo mueven. Supr lo quita.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move step up</source>
        <translation>Subir el paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move step down</source>
        <translation>Bajar el paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remove step</source>
        <translation>Quitar el paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the step back</source>
        <translation>Recuperar el paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the removed step back</source>
        <translation>Recuperar el paso quitado</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>{done} of {count} steps done</source>
        <translation>{done} de {count} pasos hechos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No steps yet. Small ones count.</source>
        <translation>Todavía no hay pasos. Los pequeños cuentan.</translation>
    </message>
</context>
<context>
    <name>StorageAlert</name>
    <message>
        <location filename="../../src/wellbeing/ui/widgets/storage_alert.py" line="+51"/>
        <source>Storage problem</source>
        <extracomment>How long &quot;your vault folder is back&quot; stays before the banner goes by itself.</extracomment>
        <translation>Problema de almacenamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the copy</source>
        <translation>Sobre la copia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving a copy of your vault</source>
        <translation>Guardando una copia de tu caja fuerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;copy of your vault…</source>
        <translation>Guardar una &amp;copia de tu caja fuerte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Save a copy of your vault</source>
        <translation>Guardar una copia de tu caja fuerte</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Writes an encrypted copy of everything in your vault to a place you choose. It opens with your passphrase or recovery key.</source>
        <translation>Escribe una copia cifrada de todo lo que hay en tu caja fuerte en el lugar que elijas. Se abre con tu frase de contraseña o tu clave de recuperación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the vault. Save a copy first, so nothing is lost.</source>
        <translation>Cierra la caja fuerte. Guarda antes una copia, para que no se pierda nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide this message</source>
        <translation>&amp;Ocultar este mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saving is paused</source>
        <translation>El guardado está en pausa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This change couldn&apos;t be saved</source>
        <translation>Este cambio no se pudo guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your vault folder is back</source>
        <translation>La carpeta de tu caja fuerte ha vuelto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving goes on as before. Anything that couldn&apos;t be saved meanwhile is still on screen and is saved with your next change.</source>
        <translation>El guardado sigue como antes. Lo que no se pudo guardar mientras tanto sigue en pantalla y se guarda con tu próximo cambio.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Wellbeing backups (*{suffix})</source>
        <translation>Copias de seguridad de Wellbeing (*{suffix})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving a copy of your vault…</source>
        <translation>Guardando una copia de tu caja fuerte…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A copy of your vault is saved, encrypted, at {path}. Like any Wellbeing backup, it opens with your passphrase or recovery key.</source>
        <translation>Hay una copia de tu caja fuerte guardada, cifrada, en {path}. Como toda copia de Wellbeing, se abre con tu frase de contraseña o tu clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/today/screen.py" line="+86"/>
        <source>Today&apos;s date</source>
        <extracomment>How long the gentle &quot;Added to your journal&quot; stays. How often the page checks whether midnight has passed.</extracomment>
        <translation>Fecha de hoy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About today&apos;s routines</source>
        <translation>Sobre las rutinas de hoy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today&apos;s mood</source>
        <translation>Ánimo de hoy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A line for your journal</source>
        <translation>Una línea para tu diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter to add it to your journal as a new entry.</source>
        <translation>Pulsa Enter para añadirla a tu diario como una entrada nueva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a line and press Enter</source>
        <translation>Escribe una línea y pulsa Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to journal</source>
        <translation>&amp;Añadir al diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to journal</source>
        <translation>Añadir al diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;line for your journal</source>
        <translation>Una &amp;línea para tu diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal line status</source>
        <translation>Estado de la línea del diario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About next steps</source>
        <translation>Sobre los siguientes pasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step status</source>
        <translation>Estado del siguiente paso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything here saves itself, encrypted, on this computer only.</source>
        <translation>Todo lo de aquí se guarda solo, cifrado, solo en este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routines for today</source>
        <translation>Rutinas de hoy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How are you today?</source>
        <translation>¿Cómo estás hoy?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next steps</source>
        <translation>Siguientes pasos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Added to your journal.</source>
        <translation>Añadido a tu diario.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ticked off. Well done.</source>
        <translation>Hecho. Bien por ti.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing planned for today. That is fine too.</source>
        <translation>Nada previsto para hoy. También está bien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No routines yet. You can add small things you do for yourself on the Routines screen.</source>
        <translation>Todavía no hay rutinas. Puedes añadir cosas pequeñas que haces por ti en la pantalla Rutinas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing noted yet. Any answer is fine, and so is none.</source>
        <translation>Todavía no hay nada anotado. Cualquier respuesta está bien, y ninguna también.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noted for today: {n} · {word}. Press it again to take it back.</source>
        <translation>Anotado para hoy: {n} · {word}. Púlsalo otra vez para deshacerlo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No next steps waiting. Goals and their steps live on the Goals screen.</source>
        <translation>No hay siguientes pasos pendientes. Las metas y sus pasos están en la pantalla Metas.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/journal/widgets.py" line="+24"/>
        <location line="+26"/>
        <source>Moved to the archive.</source>
        <extracomment>&quot;Delete for good…&quot;: the entry Undo would bring back (the screen asks first).</extracomment>
        <translation>Movido al archivo.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo: bring the entry back</source>
        <translation>Deshacer: recuperar la entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete for good…</source>
        <translation>Borrar para siempre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the entry for good</source>
        <translation>Borrar la entrada para siempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the entry just moved to the archive from the vault. Asks first.</source>
        <translation>Quita de la caja fuerte la entrada que acabas de mover al archivo. Pregunta antes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/unlock/__init__.py" line="+97"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening your vault</source>
        <translation>Abriendo tu caja fuerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tip: press Esc twice at any time to lock and hide everything at once.</source>
        <translation>Consejo: pulsa Esc dos veces en cualquier momento para bloquear y ocultar todo de una vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open my &amp;safety plan</source>
        <translation>Abrir mi plan de &amp;seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passphrase needed: opens the readable copy you chose to keep</source>
        <translation>No hace falta frase de contraseña: abre la copia legible que elegiste guardar</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Recovery key (32 letters and numbers, in groups of 4):</source>
        <translation>Clave de re&amp;cuperación (32 letras y números, en grupos de 4):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use my &amp;passphrase instead</source>
        <translation>Usar mi &amp;frase de contraseña</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Passphrase:</source>
        <extracomment>What makes a vault impossible to open whatever the passphrase: a restore can help.</extracomment>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use my &amp;recovery key instead</source>
        <translation>Usar mi clave de &amp;recuperación</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No passphrase needed: this opens the readable copy you chose to keep. It is not protected: anyone who can open this computer&apos;s files can read it.</source>
        <translation>No hace falta frase de contraseña: esto abre la copia legible que elegiste guardar. No está protegida: cualquiera que pueda abrir los archivos de este equipo puede leerla.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{name} is locked</source>
        <translation>{name} está bloqueado</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Your vault can&apos;t be opened right now</source>
        <translation>Ahora mismo no se puede abrir tu caja fuerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem} Your data has not been replaced or deleted.</source>
        <translation>{problem} Tus datos no se han reemplazado ni borrado.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The readable copy of your safety plan could not be opened. Your plan is still safe inside your vault.</source>
        <translation>No se pudo abrir la copia legible de tu plan de seguridad. Tu plan sigue a salvo dentro de tu caja fuerte.</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/values/value_editor.py" line="+34"/>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a card in your piles to write why it matters to you.</source>
        <translation>Selecciona una tarjeta de tus montones para escribir por qué te importa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pile</source>
        <translation>Montón</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the value</source>
        <translation>Nombre del valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a few &amp;words</source>
        <translation>En pocas &amp;palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the value means, in a few words</source>
        <translation>Qué significa el valor, en pocas palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;hy it matters to me</source>
        <translation>Por &amp;qué me importa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it matters to me</source>
        <translation>Por qué me importa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own words. Saved as you write, encrypted, on this computer only.</source>
        <translation>Tus propias palabras. Se guardan mientras escribes, cifradas, solo en este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In your own words: a person, a moment, what it gives you…</source>
        <translation>Con tus propias palabras: una persona, un momento, lo que te da…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as you write, encrypted, on this computer only.</source>
        <translation>Se guarda mientras escribes, cifrado, solo en este equipo.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>In “{pile}”</source>
        <translation>En “{pile}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your own card</source>
        <translation>tu propia tarjeta</translation>
    </message>
</context>
<context>
    <name>ValueLinks</name>
    <message>
        <location filename="../../src/wellbeing/ui/widgets/value_links.py" line="+66"/>
        <source>{name} (in the archive)</source>
        <translation>{name} (en el archivo)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Values this serves</source>
        <translation>Valores a los que sirve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your values. Space links or unlinks the one you are on.</source>
        <translation>Tus valores. Espacio enlaza o desenlaza aquel en el que estás.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No values yet. The values you add on the Values screen appear here.</source>
        <translation>Todavía no hay valores. Los valores que añadas en la pantalla Valores aparecen aquí.</translation>
    </message>
</context>
<context>
    <name>ValuesDeck</name>
    <message>
        <location filename="../../src/wellbeing/domain/values_deck.py" line="+67"/>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be accepted as I am</source>
        <translation>que me acepten tal como soy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be careful and correct in what I think and say</source>
        <translation>ser cuidadoso y certero en lo que pienso y digo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to accomplish things that feel worthwhile to me</source>
        <translation>conseguir cosas que para mí valen la pena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adventure</source>
        <translation>Aventura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have new and exciting experiences</source>
        <translation>tener experiencias nuevas y emocionantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attractiveness</source>
        <translation>Atractivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to feel good about how I look</source>
        <translation>sentirme bien con mi aspecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be in charge of what happens around me</source>
        <translation>estar al mando de lo que pasa a mi alrededor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autonomy</source>
        <translation>Autonomía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to make my own choices and direct my own life</source>
        <translation>tomar mis propias decisiones y dirigir mi vida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beauty</source>
        <translation>Belleza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to notice and enjoy beauty around me</source>
        <translation>notar y disfrutar la belleza que me rodea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caring</source>
        <translation>Cuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to take care of others</source>
        <translation>cuidar de otras personas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to take on hard things and grow through them</source>
        <translation>afrontar cosas difíciles y crecer con ellas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have variety and change in my life</source>
        <translation>tener variedad y cambio en mi vida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comfort</source>
        <translation>Comodidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have a pleasant and comfortable life</source>
        <translation>tener una vida agradable y cómoda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to make promises that matter to me and keep them</source>
        <translation>hacer promesas que me importan y cumplirlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compassion</source>
        <translation>Compasión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to feel and show concern for others</source>
        <translation>sentir y mostrar preocupación por los demás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to make a lasting difference in the world</source>
        <translation>dejar una huella duradera en el mundo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to work well together with others</source>
        <translation>trabajar bien junto con otras personas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Courtesy</source>
        <translation>Cortesía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be considerate and polite toward others</source>
        <translation>ser considerado y amable con los demás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creativity</source>
        <translation>Creatividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to make new things or have new ideas</source>
        <translation>crear cosas nuevas o tener ideas nuevas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dependability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be someone others can count on</source>
        <translation>ser alguien con quien los demás pueden contar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duty</source>
        <translation>Deber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to carry out what I see as my responsibilities</source>
        <translation>cumplir con lo que veo como mis responsabilidades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ecology</source>
        <translation>Ecología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to live in harmony with the earth and look after it</source>
        <translation>vivir en armonía con la tierra y cuidarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excitement</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have a life full of thrills and energy</source>
        <translation>tener una vida llena de emociones fuertes y energía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faithfulness</source>
        <translation>Fidelidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be loyal and true in my relationships</source>
        <translation>ser leal y sincero en mis relaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fame</source>
        <translation>Fama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be known and recognised</source>
        <translation>ser conocido y tener reconocimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have a happy, loving family, however I define it</source>
        <translation>tener una familia feliz y cariñosa, como yo la defina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fitness</source>
        <translation>Forma física</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be physically strong and fit</source>
        <translation>tener fuerza y buena forma física</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flexibility</source>
        <translation>Flexibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to adjust easily when things change</source>
        <translation>adaptarme con facilidad cuando las cosas cambian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgiveness</source>
        <translation>Perdón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to forgive others, and myself</source>
        <translation>perdonar a los demás, y a mí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friendship</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have close, supportive friends</source>
        <translation>tener amistades cercanas que me apoyen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fun</source>
        <translation>Diversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to play and have fun</source>
        <translation>jugar y divertirme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generosity</source>
        <translation>Generosidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to give what I have to others</source>
        <translation>dar a otras personas lo que tengo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Genuineness</source>
        <translation>Autenticidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to act in a way that is true to who I am</source>
        <translation>actuar de una forma fiel a quien soy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>God&apos;s will</source>
        <translation>Voluntad de Dios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to seek and follow God&apos;s will in my life</source>
        <translation>buscar y seguir la voluntad de Dios en mi vida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to keep changing and growing</source>
        <translation>seguir cambiando y creciendo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be physically well</source>
        <translation>estar bien físicamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helpfulness</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be helpful to others</source>
        <translation>ser de ayuda para los demás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Honesty</source>
        <translation>Honestidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be truthful and real</source>
        <translation>ser sincero y auténtico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to keep a hopeful outlook</source>
        <translation>mantener una mirada esperanzada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Humility</source>
        <translation>Humildad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be modest and unassuming</source>
        <translation>ser modesto y sencillo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Humor</source>
        <translation>Humor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to see the funny side of myself and the world</source>
        <translation>ver el lado divertido de mí y del mundo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Independence</source>
        <translation>Independencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to stand on my own and not depend on others</source>
        <translation>valerme por mí y no depender de los demás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Industry</source>
        <translation>Laboriosidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to work hard and well at what I do</source>
        <translation>trabajar duro y bien en lo que hago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inner peace</source>
        <translation>Paz interior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to feel at peace within myself</source>
        <translation>sentirme en paz conmigo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intimacy</source>
        <translation>Intimidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to share my innermost experiences with someone close</source>
        <translation>compartir mis vivencias más íntimas con alguien cercano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Justice</source>
        <translation>Justicia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to work for fair and equal treatment for everyone</source>
        <translation>trabajar por un trato justo e igual para todo el mundo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to learn and to hold knowledge I find valuable</source>
        <translation>aprender y tener conocimientos que valoro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leisure</source>
        <translation>Ocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to take time to relax and enjoy myself</source>
        <translation>tomarme tiempo para relajarme y disfrutar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loved</source>
        <translation>Recibir amor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be loved by those close to me</source>
        <translation>que me quieran las personas cercanas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loving</source>
        <translation>Dar amor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to give love to others</source>
        <translation>dar amor a los demás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mastery</source>
        <translation>Maestría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be very skilled at what I do</source>
        <translation>tener mucha habilidad en lo que hago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mindfulness</source>
        <translation>Atención plena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to live with awareness of the present moment</source>
        <translation>vivir con conciencia del momento presente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to avoid extremes and find a middle way</source>
        <translation>evitar los extremos y encontrar un término medio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monogamy</source>
        <translation>Monogamia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have one close, exclusive relationship</source>
        <translation>tener una relación cercana y exclusiva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nonconformity</source>
        <translation>Inconformismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to question and go against rules and norms</source>
        <translation>cuestionar e ir en contra de reglas y normas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nurturance</source>
        <translation>Acompañamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to encourage and support others as they grow</source>
        <translation>animar y apoyar a otras personas en su crecimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Openness</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be open to new experiences, ideas and options</source>
        <translation>estar abierto a experiencias, ideas y opciones nuevas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have a life that is well ordered and organised</source>
        <translation>tener una vida bien ordenada y organizada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passion</source>
        <translation>Pasión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have deep feelings about ideas, activities or people</source>
        <translation>sentir con intensidad ideas, actividades o personas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pleasure</source>
        <translation>Placer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to feel good</source>
        <translation>sentirme bien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Popularity</source>
        <translation>Popularidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be well liked by many people</source>
        <translation>caerle bien a mucha gente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power</source>
        <translation>Poder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have influence over others</source>
        <translation>tener influencia sobre los demás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have meaning and direction in my life</source>
        <translation>tener sentido y rumbo en mi vida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rationality</source>
        <translation>Racionalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be guided by reason and logic</source>
        <translation>guiarme por la razón y la lógica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Realism</source>
        <translation>Realismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to see and act on things practically, as they are</source>
        <translation>ver las cosas y actuar de forma práctica, tal como son</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsibility</source>
        <translation>Responsabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to make and carry out responsible decisions</source>
        <translation>tomar y llevar a cabo decisiones responsables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to take risks and chances</source>
        <translation>arriesgarme y aprovechar oportunidades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Romance</source>
        <translation>Romance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have romance in my life</source>
        <translation>tener romance en mi vida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be safe and secure</source>
        <translation>estar a salvo y sentirme seguro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-acceptance</source>
        <translation>Autoaceptación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to accept myself as I am</source>
        <translation>aceptarme tal como soy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-control</source>
        <translation>Autocontrol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be in charge of my own actions</source>
        <translation>tener el control de mis propios actos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-esteem</source>
        <translation>Autoestima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to feel good about myself</source>
        <translation>sentirme bien conmigo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-knowledge</source>
        <translation>Autoconocimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have a deep, honest understanding of myself</source>
        <translation>conocerme de forma profunda y honesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be of service to others</source>
        <translation>estar al servicio de los demás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sexuality</source>
        <translation>Sexualidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have an active and satisfying sexual life</source>
        <translation>tener una vida sexual activa y satisfactoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simplicity</source>
        <translation>Sencillez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to live simply, with what I need</source>
        <translation>vivir con sencillez, con lo que necesito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solitude</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have time and space to be on my own</source>
        <translation>tener tiempo y espacio para estar a solas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spirituality</source>
        <translation>Espiritualidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to grow spiritually, in my own way</source>
        <translation>crecer espiritualmente, a mi manera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stability</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have a life that stays fairly steady</source>
        <translation>tener una vida bastante estable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to accept and respect people who differ from me</source>
        <translation>aceptar y respetar a las personas distintas a mí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tradition</source>
        <translation>Tradición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to follow customs and ways handed down to me</source>
        <translation>seguir las costumbres y formas que me transmitieron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtue</source>
        <translation>Virtud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to live a good life by my own sense of right</source>
        <translation>vivir una buena vida según mi propio sentido del bien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wealth</source>
        <translation>Riqueza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to have plenty of money</source>
        <translation>tener mucho dinero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>World peace</source>
        <translation>Paz mundial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to help bring about peace in the world</source>
        <translation>ayudar a traer la paz al mundo</translation>
    </message>
</context>
<context>
    <name>ValuesScreen</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/values/screen.py" line="+123"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>“{name}” is in “{pile}”.</source>
        <translation>“{name}” está en “{pile}”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You already have a card called “{name}”.</source>
        <translation>Ya tienes una tarjeta llamada “{name}”.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“{name}” is in the archive.</source>
        <translation>“{name}” está en el archivo.</translation>
    </message>
</context>
<context>
    <name>VaultService</name>
    <message>
        <location filename="../../src/wellbeing/services/vault_service.py" line="+398"/>
        <source>The copy couldn&apos;t be made, and nothing was written. ({kind})</source>
        <extracomment>How often an unlocked vault checks that its folder is still there (a ``stat``). How soon kept changes are tried again when the write lock was still held at the end of the import (its connection closing a moment late). Why the last unlock or create failed (the error itself), for pages that offer a way out: a damaged vault&apos;s unlock page offers the newest verified backup. What :meth:`recover_interrupted` put right, for the unlock page to say once. Connections writing beside the app&apos;s own (imports), and the changes kept until they end (``write_queue.py``). A passphrase change is re-encrypting the vault: saves are held until it ends.</extracomment>
        <translation>No se pudo hacer la copia y no se escribió nada. ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/services/vault_words.py" line="+18"/>
        <source>Wellbeing can&apos;t find its vault folder any more (was a drive removed or the folder moved?). Nothing you can see has been lost: it is all still open here. Put the drive or folder back and saving goes on by itself, or save a copy of your vault somewhere else before you lock.</source>
        <translation>Wellbeing ya no encuentra la carpeta de su caja fuerte (¿se quitó una unidad o se movió la carpeta?). No se ha perdido nada de lo que ves: todo sigue abierto aquí. Vuelve a poner la unidad o la carpeta y el guardado seguirá solo, o guarda una copia de tu caja fuerte en otro lugar antes de bloquear.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There&apos;s no room left on the disk, so this change couldn&apos;t be saved. Everything saved before is safe, and what you see stays on screen. Free some space, and your next change saves as usual.</source>
        <translation>No queda espacio en el disco, así que este cambio no se pudo guardar. Todo lo guardado antes está a salvo, y lo que ves se queda en pantalla. Libera algo de espacio y tu próximo cambio se guardará como siempre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wellbeing can&apos;t write to its vault folder just now (it may have become read-only), so this change couldn&apos;t be saved. Everything saved before is safe, and what you see stays on screen.</source>
        <translation>Wellbeing no puede escribir en la carpeta de su caja fuerte ahora mismo (puede que se haya vuelto de solo lectura), así que este cambio no se pudo guardar. Todo lo guardado antes está a salvo, y lo que ves se queda en pantalla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wellbeing couldn&apos;t write to its vault files just now, so this change couldn&apos;t be saved. Everything saved before is safe, and what you see stays on screen. If the vault is on a removable drive, check that it is plugged in.</source>
        <translation>Wellbeing no pudo escribir en los archivos de su caja fuerte ahora mismo, así que este cambio no se pudo guardar. Todo lo guardado antes está a salvo, y lo que ves se queda en pantalla. Si la caja fuerte está en una unidad extraíble, comprueba que esté conectada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There&apos;s no room left on the disk, and Wellbeing needs a little to open your vault safely. Nothing was changed. Free some space, then unlock again.</source>
        <translation>No queda espacio en el disco, y Wellbeing necesita un poco para abrir tu caja fuerte de forma segura. No se cambió nada. Libera algo de espacio y vuelve a desbloquear.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wellbeing can&apos;t write in the vault folder (it may be read-only, on a write-protected drive, or belong to another account), and it needs to, to open your vault safely. Nothing was changed. Make the folder writable again, then unlock.</source>
        <translation>Wellbeing no puede escribir en la carpeta de la caja fuerte (puede que sea de solo lectura, que esté en una unidad protegida contra escritura o que pertenezca a otra cuenta), y lo necesita para abrir tu caja fuerte de forma segura. No se cambió nada. Haz que se pueda escribir en la carpeta y vuelve a desbloquear.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wellbeing couldn&apos;t read or write the vault files just now. Nothing was changed. If the vault is on a removable drive, check that it is plugged in, then try again.</source>
        <translation>Wellbeing no pudo leer ni escribir los archivos de la caja fuerte ahora mismo. No se cambió nada. Si la caja fuerte está en una unidad extraíble, comprueba que esté conectada y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wellbeing is adding imported entries. What you wrote is kept, and is saved, encrypted, the moment they are in.</source>
        <translation>Wellbeing está añadiendo entradas importadas. Lo que escribiste se conserva, y se guarda, cifrado, en cuanto estén dentro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wellbeing is adding imported entries just now, so this can&apos;t be done yet. Nothing was changed. Try again when the import has finished.</source>
        <translation>Wellbeing está añadiendo entradas importadas ahora mismo, así que esto aún no se puede hacer. No se cambió nada. Vuelve a intentarlo cuando termine la importación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wellbeing is changing your passphrase just now, so this can&apos;t be saved yet. Nothing was changed. Try again in a moment.</source>
        <translation>Wellbeing está cambiando tu frase de contraseña ahora mismo, así que esto aún no se puede guardar. No se cambió nada. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wellbeing is changing your passphrase. What you wrote is kept, and is saved, encrypted, the moment the change is done.</source>
        <translation>Wellbeing está cambiando tu frase de contraseña. Lo que escribiste se conserva, y se guarda, cifrado, en cuanto termine el cambio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault locked before the passphrase was changed. Nothing was changed.</source>
        <translation>La caja fuerte se bloqueó antes de que se cambiara la frase de contraseña. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/welcome/__init__.py" line="+61"/>
        <source>&amp;Begin</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin setting up</source>
        <translation>Empezar a configurar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where your vault will be kept</source>
        <translation>Dónde se guardará tu caja fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change where it is kept…</source>
        <translation>Cambiar &amp;dónde se guarda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change where the vault is kept</source>
        <translation>Cambiar dónde se guarda la caja fuerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to Wellbeing</source>
        <translation>Te damos la bienvenida a Wellbeing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A private place for your values, goals, boundaries, self-care routines, journal and safety plan, with a review to look back and change the plan over time.</source>
        <translation>Un lugar privado para tus valores, metas, límites, rutinas de autocuidado, diario y plan de seguridad, con una revisión para mirar atrás y cambiar el plan con el tiempo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything you write is encrypted and kept on this computer only. The app never goes online. Only your passphrase opens it.</source>
        <translation>Todo lo que escribes se cifra y se guarda solo en este equipo. La aplicación nunca se conecta a internet. Solo tu frase de contraseña la abre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your vault will be kept in: {folder}</source>
        <translation>Tu caja fuerte se guardará en: {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose where your vault is kept, and name its folder</source>
        <translation>Elige dónde se guarda tu caja fuerte y ponle nombre a su carpeta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Create my vault</source>
        <translation>&amp;Crear mi caja fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my vault</source>
        <translation>Crear mi caja fuerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the welcome</source>
        <translation>Volver a la bienvenida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up your vault</source>
        <translation>Preparando tu caja fuerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A few words that mean something only to you are easy to remember and hard to guess. There are no rules about symbols or numbers.</source>
        <translation>Unas pocas palabras que solo significan algo para ti son fáciles de recordar y difíciles de adivinar. No hay reglas sobre símbolos o números.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+20"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/settings/new_key.py" line="-31"/>
        <location filename="../../src/wellbeing/ui/screens/welcome/__init__.py" line="-13"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/wellbeing/ui/screens/welcome/__init__.py" line="+1"/>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/welcome/__init__.py" line="+2"/>
        <source>I have saved my recovery key somewhere safe</source>
        <translation>He guardado mi clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have saved my recovery key</source>
        <translation>He guardado mi clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/settings/new_key.py" line="+6"/>
        <location filename="../../src/wellbeing/ui/screens/welcome/__init__.py" line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/welcome/__init__.py" line="+1"/>
        <source>Continue to the app</source>
        <translation>Continuar a la aplicación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If you ever forget your passphrase, this key opens your vault. It is shown only this once. Write it down or print it, and keep it somewhere private, away from this computer. Without the passphrase or this key, nobody can open the vault, not even us.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, esta clave abre tu caja fuerte. Solo se muestra esta vez. Anótala o imprímela, y guárdala en un lugar privado, lejos de este equipo. Sin la frase de contraseña o esta clave, nadie puede abrir la caja fuerte, ni siquiera nosotros.</translation>
    </message>
    <message>
        <location filename="../../src/wellbeing/ui/screens/settings/new_key.py" line="+56"/>
        <location filename="../../src/wellbeing/ui/screens/welcome/__init__.py" line="+35"/>
        <source>Wellbeing recovery key

{key}

Keep this somewhere private.</source>
        <translation>Clave de recuperación de Wellbeing

{key}

Guárdala en un lugar privado.</translation>
    </message>
</context>
<context>
    <name>Who5Panel</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/review/who5.py" line="+48"/>
        <source>WHO-5 check-in (optional)</source>
        <translation>Registro WHO-5 (opcional)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose an answer</source>
        <translation>Elige una respuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement {n}: {text}</source>
        <translation>Afirmación {n}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From “At no time” to “All of the time”. Use the arrow keys.</source>
        <translation>De “Nunca” a “Todo el tiempo”. Usa las flechas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n}. {text}</source>
        <translation>{n}. {text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save today&apos;s check-in</source>
        <translation>Guardar el registro de hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save today&apos;s WHO-5 check-in</source>
        <translation>Guardar el registro WHO-5 de hoy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>WHO-5 score</source>
        <translation>Puntuación WHO-5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Five questions about the last two weeks. You never have to answer them; if you do, they are saved for today ({day}), encrypted, on this computer only.</source>
        <translation>Cinco preguntas sobre las últimas dos semanas. Nunca tienes que responderlas; si lo haces, se guardan para hoy ({day}), cifradas, solo en este equipo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Today&apos;s check-in is saved. WHO-5 score: {score} out of 100.</source>
        <translation>El registro de hoy está guardado. Puntuación WHO-5: {score} de 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You checked in today. WHO-5 score: {score} out of 100.</source>
        <translation>Hoy ya hiciste el registro. Puntuación WHO-5: {score} de 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(The WHO-5 Well-Being Index, World Health Organization, 1998.)</source>
        <translation>(Índice de Bienestar WHO-5, Organización Mundial de la Salud, 1998.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This suggests things may be hard right now. Your safety plan is one keystroke away: F1.</source>
        <translation>Esto sugiere que las cosas pueden estar difíciles ahora. Tu plan de seguridad está a una tecla: F1.</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../src/wellbeing/ui/screens/data/sections.py" line="-360"/>
        <source>What happened</source>
        <extracomment>Emitted just before this part starts work on the service (the screen then shows the service&apos;s answers here).</extracomment>
        <translation>Qué pasó</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../src/wellbeing/services/data_service.py" line="+10"/>
        <source>The file system said: {reason}.</source>
        <translation>El sistema de archivos dijo: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something unexpected happened ({kind}); nothing was changed.</source>
        <translation>Pasó algo inesperado ({kind}); no se cambió nada.</translation>
    </message>
</context>
</TS>
