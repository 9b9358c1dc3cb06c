# ruff: noqa: E501
"""Every template an error can carry, and domain words the UI shows, for translation
(generated: do not edit).

Written by ``resources/translations/make_error_texts.py`` from the raise sites; run
``make translations`` after changing an error message.
"""

from __future__ import annotations

from .text import QT_TRANSLATE_NOOP

MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "Write the boundary in a few words of your own."),
    QT_TRANSLATE_NOOP("Errors", "Choose held, crossed or renegotiated."),
    QT_TRANSLATE_NOOP("Errors", "Line {line}: {reason} Nothing was imported."),
    QT_TRANSLATE_NOOP("Errors", "Entry {number}: {reason} Nothing was imported."),
    QT_TRANSLATE_NOOP("Errors", "A step needs a few words."),
    QT_TRANSLATE_NOOP("Errors", "Give the goal a short title."),
    QT_TRANSLATE_NOOP("Errors", "Progress is a number from 0 to 100."),
    QT_TRANSLATE_NOOP("Errors", "An entry's date must fall between the years {first} and {last}."),
    QT_TRANSLATE_NOOP("Errors", "Tags are a list of words."),
    QT_TRANSLATE_NOOP("Errors", "Mood is a number from 1 to 5, or left empty."),
    QT_TRANSLATE_NOOP("Errors", "Each tag is a word or a few words."),
    QT_TRANSLATE_NOOP("Errors", "A tag can be up to 100 characters."),
    QT_TRANSLATE_NOOP("Errors", "Entry times need a time zone."),
    QT_TRANSLATE_NOOP("Errors", "Choose the first and last day of your own period."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The WHO-5 check-in has five answers, each from 0 (at no time) to 5 (all of the time). Nothing was saved.",
    ),
    QT_TRANSLATE_NOOP("Errors", "A period needs a first and a last day."),
    QT_TRANSLATE_NOOP("Errors", "A period is made of whole days."),
    QT_TRANSLATE_NOOP("Errors", "The period ends before it starts. Swap the two dates."),
    QT_TRANSLATE_NOOP("Errors", "These dates are not one {kind}."),
    QT_TRANSLATE_NOOP("Errors", "A review's time needs a time zone."),
    QT_TRANSLATE_NOOP("Errors", "Choose a week, a month, a quarter, a year, or your own dates."),
    QT_TRANSLATE_NOOP("Errors", "Choose a week, a month, a quarter or a year."),
    QT_TRANSLATE_NOOP("Errors", "Give the routine a short name."),
    QT_TRANSLATE_NOOP("Errors", "The saved days of the week could not be read."),
    QT_TRANSLATE_NOOP(
        "Errors", "Choose how often: every day, on chosen days, or a number of times a week."
    ),
    QT_TRANSLATE_NOOP("Errors", "A pause cannot end before it starts."),
    QT_TRANSLATE_NOOP("Errors", "Choose at least one day of the week."),
    QT_TRANSLATE_NOOP("Errors", "Choose days of the week from Monday to Sunday."),
    QT_TRANSLATE_NOOP("Errors", "Choose active, paused or let go."),
    QT_TRANSLATE_NOOP("Errors", "Choose done, skipped or not needed."),
    QT_TRANSLATE_NOOP("Errors", "Choose between 1 and 7 times a week."),
    QT_TRANSLATE_NOOP("Errors", "Write this item in a few words of your own."),
    QT_TRANSLATE_NOOP("Errors", "How likely is a number from 1 to 5, or left empty."),
    QT_TRANSLATE_NOOP("Errors", "This field holds text."),
    QT_TRANSLATE_NOOP("Errors", "This is longer than the {limit} characters it can hold."),
    QT_TRANSLATE_NOOP(
        "Errors", "This text holds a broken character (a lone surrogate) that cannot be stored."
    ),
    QT_TRANSLATE_NOOP("Errors", "Give the value a name."),
    QT_TRANSLATE_NOOP("Errors", "A rank is a number from 1 upwards."),
    QT_TRANSLATE_NOOP(
        "Errors", "The backup {name} is damaged ({why}) and cannot be used. Nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} was made by a newer version of Wellbeing. Please update the app. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("Errors", "There is no backup at {path}."),
    QT_TRANSLATE_NOOP("Errors", "The backup {name} cannot be read."),
    QT_TRANSLATE_NOOP("Errors", "expected a JSON object here."),
    QT_TRANSLATE_NOOP("Errors", "expected a list here."),
    QT_TRANSLATE_NOOP("Errors", "expected an ISO-8601 date and time."),
    QT_TRANSLATE_NOOP("Errors", "this time has no time zone."),
    QT_TRANSLATE_NOOP("Errors", "expected a date (YYYY-MM-DD)."),
    QT_TRANSLATE_NOOP("Errors", "expected a whole number."),
    QT_TRANSLATE_NOOP("Errors", "this number is too large."),
    QT_TRANSLATE_NOOP("Errors", "In {where}: {reason} Nothing was imported."),
    QT_TRANSLATE_NOOP("Errors", "{reason} Nothing was imported."),
    QT_TRANSLATE_NOOP("Errors", "a field is missing, misspelt or holds the wrong kind of value."),
    QT_TRANSLATE_NOOP("Errors", "a second record for the same {same}."),
    QT_TRANSLATE_NOOP("Errors", "unknown field {field}."),
    QT_TRANSLATE_NOOP("Errors", "the field {field} is missing."),
    QT_TRANSLATE_NOOP("Errors", "this is not an ISO-8601 date and time."),
    QT_TRANSLATE_NOOP("Errors", "this time is outside the years the vault can hold (1 to 9999)."),
    QT_TRANSLATE_NOOP("Errors", "this is not a date (YYYY-MM-DD)."),
    QT_TRANSLATE_NOOP("Errors", "expected text."),
    QT_TRANSLATE_NOOP("Errors", "expected true or false."),
    QT_TRANSLATE_NOOP("Errors", "expected a list."),
    QT_TRANSLATE_NOOP("Errors", "a field is missing or holds the wrong kind of value."),
    QT_TRANSLATE_NOOP("Errors", "the version must be a whole number from 1."),
    QT_TRANSLATE_NOOP("Errors", "The file is not UTF-8 text."),
    QT_TRANSLATE_NOOP("Errors", "This JSON is nested too deeply to read."),
    QT_TRANSLATE_NOOP("Errors", "This is not a Wellbeing export (no format {FORMAT})."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This export is version {version}, made by a newer Wellbeing; this one reads up to version {newest}. Please update the app.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This export was made by a newer Wellbeing; this one reads up to version {newest}. Please update the app.",
    ),
    QT_TRANSLATE_NOOP("Errors", "unknown section {section}."),
    QT_TRANSLATE_NOOP("Errors", "line {lineno}, column {colno}"),
    QT_TRANSLATE_NOOP("Errors", "this is not valid JSON ({msg})."),
    QT_TRANSLATE_NOOP("Errors", "this id is used twice."),
    QT_TRANSLATE_NOOP("Errors", "no exported boundary has this id."),
    QT_TRANSLATE_NOOP("Errors", "no exported routine has this id."),
    QT_TRANSLATE_NOOP("Errors", "a mood check-in needs a mood from 1 to 5."),
    QT_TRANSLATE_NOOP("Errors", "no exported review has this id."),
    QT_TRANSLATE_NOOP("Errors", "expected 'before' or 'one'."),
    QT_TRANSLATE_NOOP("Errors", "expected text or null."),
    QT_TRANSLATE_NOOP("Errors", "expected a JSON object or null."),
    QT_TRANSLATE_NOOP("Errors", "links to a value not exported."),
    QT_TRANSLATE_NOOP("Errors", "The import was stopped. Nothing was imported."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Wellbeing couldn't tell what kind of file this is. It can import JSON Lines (one entry a line), jrnl's JSON export and Day One's JSON export; if the file is one of these, choose its format and try again. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP("Errors", "each line must be one JSON object."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This file is larger than Wellbeing can import at once ({size} MB; the most is {most} MB). Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This zip file would unpack to {size} MB from {packed} KB, far more than a journal export holds (at most {ratio} times its packed size), so it was not unpacked. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP("Errors", "this JSON is nested too deeply to read."),
    QT_TRANSLATE_NOOP("Errors", "unknown field {field} (fields are at, title, body, mood, tags)."),
    QT_TRANSLATE_NOOP(
        "Errors", "'at' is not an ISO-8601 date and time (like 2024-05-01T21:30:00)."
    ),
    QT_TRANSLATE_NOOP("Errors", "There is no file at {path}. Nothing was imported."),
    QT_TRANSLATE_NOOP("Errors", "The file could not be read ({reason}). Nothing was imported."),
    QT_TRANSLATE_NOOP("Errors", "The file is not UTF-8 text. Nothing was imported."),
    QT_TRANSLATE_NOOP(
        "Errors", "This zip file is damaged or cannot be read. Nothing was imported."
    ),
    QT_TRANSLATE_NOOP("Errors", "the field {name} is missing."),
    QT_TRANSLATE_NOOP("Errors", "the field {name} must be text."),
    QT_TRANSLATE_NOOP(
        "Errors", "This zip file holds no journal (.json file). Nothing was imported."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This zip file holds more than one journal. Unzip it and import each journal's .json file on its own. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This zip file is protected with a password, so Wellbeing cannot read it. Unzip it with its password and import the journal's .json file. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP("Errors", 'the file has no list of "entries".'),
    QT_TRANSLATE_NOOP("Errors", "'tags' must be a list of words."),
    QT_TRANSLATE_NOOP("Errors", "'starred' must be true or false."),
    QT_TRANSLATE_NOOP("Errors", "its date is outside the years a journal can hold (1 to 9999)."),
    QT_TRANSLATE_NOOP("Errors", "each entry must be a JSON object."),
    QT_TRANSLATE_NOOP("Errors", "{name} must be a date and time."),
    QT_TRANSLATE_NOOP("Errors", "{name} has no time zone."),
    QT_TRANSLATE_NOOP("Errors", "'date' and 'time' must be like 2024-05-01 and 21:30."),
    QT_TRANSLATE_NOOP("Errors", "{name} is not an ISO-8601 date and time."),
    QT_TRANSLATE_NOOP("Errors", "'timeZone' must be a time zone name."),
    QT_TRANSLATE_NOOP("Errors", "'timeZone' is not a known time zone."),
    QT_TRANSLATE_NOOP("Errors", "The vault was locked before this could start."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The backup folder {folder} can't be reached. If it is on a drive that is not connected now, connect it.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The vault is locked. Unlock it to go on."),
    QT_TRANSLATE_NOOP("Errors", "{out} is a folder; name the backup file to write."),
    QT_TRANSLATE_NOOP("Errors", "There is no folder {parent} to save the backup in."),
    QT_TRANSLATE_NOOP(
        "Errors", "The folder {folder} holds other files and no vault; it was left as is."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The vault folder {folder} also holds files that are not part of the vault ({names}). A restore replaces the whole folder, so nothing was restored and nothing was changed. Move those files somewhere else, then restore again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This backup was made by a newer version of Wellbeing. Please update the app. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "That folder is inside the vault's own folder, where a backup would be lost together with the vault. Choose a folder outside it (another drive is best).",
    ),
    QT_TRANSLATE_NOOP("Errors", "{out} is a folder; name the file for the copy."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "There isn't enough room there for the copy. Nothing was written there; choose another place, such as another drive or a USB stick.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Wellbeing can't write in that folder. Nothing was written there; choose another place.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "That folder isn't there any more. Nothing was written; choose another place."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The copy couldn't be written there. Nothing was written there; choose another place.",
    ),
    QT_TRANSLATE_NOOP("Errors", "A file with that name is already there; it was left as is."),
    QT_TRANSLATE_NOOP(
        "Errors", "The key file and the database belong to different vaults; no backup was made."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The vault was locked before the backup could finish; no file was made."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "There isn't enough room on the disk to make the vault there. Nothing was made; free some space or choose another folder.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Wellbeing can't write in that folder (it may be read-only, or belong to another account). Nothing was made; choose another folder.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Wellbeing couldn't write the vault files there. Nothing was made; check the drive and try again, or choose another folder.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The new vault could not be finished. Nothing was made; try again."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The folder {folder} is not empty. Choose an empty folder or a new one."
    ),
    QT_TRANSLATE_NOOP("Errors", "There is already a vault at {folder}; it was left as is."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The beginning of the vault's database file ({DB_FILE}) has been overwritten: it is damaged. Nothing has been changed; a backup can restore it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The key file ({KEY_FILE}) is not the one made with the database beside it ({DB_FILE}): it seems to come from another vault, so it cannot open this one. Nothing has been changed; a backup can restore both files.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's database file ({DB_FILE}) has been overwritten with zeros: it is damaged. Nothing has been changed; a backup can restore it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's database file ({DB_FILE}) is not encrypted: it is an ordinary database file, not this vault's. Nothing has been changed; a backup can restore it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's database file ({DB_FILE}) does not open with the key file beside it ({KEY_FILE}): the database is damaged or was replaced, or the key file comes from another vault. Nothing has been changed; a backup can restore both.",
    ),
    QT_TRANSLATE_NOOP("Errors", "A database file is already there; it was left untouched."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's database file ({name}) is damaged: part of it is missing, as if it was cut short (truncated). Nothing has been changed; a backup can restore it.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The vault was locked before this could finish."),
    QT_TRANSLATE_NOOP(
        "Errors", "A file is already where the snapshot should go; it was left as is."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The copy of the vault's database did not verify, so no backup was made."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Wellbeing is busy adding imported entries. Nothing was changed; try again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This vault already holds entries or a plan, so the export was not imported: an export can only be read into a new, empty vault. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Two of its records clash, or one holds a value the vault cannot store."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A restore into {folder} was stopped before it was finished; what it had begun was removed. Nothing else was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A restore was stopped before it replaced anything; the vault at {folder} is as it was, and what the restore had begun was removed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A restore was stopped part-way. Your vault at {folder} was put back as it was before it; nothing was lost, and you can restore again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A new vault was being made in {folder} when it was stopped; what it had begun was removed, so it can be made again. Nothing else was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A restore was stopped just after it replaced the vault at {folder}; it has now been finished, and the vault there is the restored one.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A restore was stopped part-way. Your vault is kept whole in {kept}, since {folder} now holds other files: move them elsewhere, then open the app again to put the vault back.",
    ),
    QT_TRANSLATE_NOOP("Errors", "A recovery key holds only letters and numbers."),
    QT_TRANSLATE_NOOP("Errors", "A recovery key is 32 characters long, in 8 groups of 4."),
    QT_TRANSLATE_NOOP("Errors", "That recovery key has a typo somewhere. Please check it."),
    QT_TRANSLATE_NOOP("Errors", "The key file is damaged: a field has the wrong type."),
    QT_TRANSLATE_NOOP("Errors", "The key file is damaged: it has no {kind} slot."),
    QT_TRANSLATE_NOOP("Errors", "The key file is damaged: a field cannot be read."),
    QT_TRANSLATE_NOOP("Errors", "The key file is damaged: unknown key derivation."),
    QT_TRANSLATE_NOOP("Errors", "The key file is damaged: a slot cannot be read."),
    QT_TRANSLATE_NOOP("Errors", "The key file is damaged: the key has the wrong size."),
    QT_TRANSLATE_NOOP("Errors", "The key file is damaged: it is too short."),
    QT_TRANSLATE_NOOP("Errors", "The key file is damaged: it is not a Wellbeing key file."),
    QT_TRANSLATE_NOOP(
        "Errors", "This vault was made by a newer version of Wellbeing. Please update the app."
    ),
    QT_TRANSLATE_NOOP("Errors", "The key file is damaged: it has been cut short or added to."),
    QT_TRANSLATE_NOOP("Errors", "The key file is damaged: its checksum does not match."),
    QT_TRANSLATE_NOOP(
        "Errors", "The key file is damaged: its key derivation settings are invalid."
    ),
    QT_TRANSLATE_NOOP("Errors", "The key file is damaged: its contents cannot be read."),
    QT_TRANSLATE_NOOP("Errors", "There is no vault at {folder}."),
    QT_TRANSLATE_NOOP("Errors", "The vault's key file ({KEY_FILE}) is empty (0 bytes)."),
    QT_TRANSLATE_NOOP("Errors", "The vault at {folder} has lost its database file ({DB_FILE})."),
    QT_TRANSLATE_NOOP(
        "Errors", "The vault's database file ({DB_FILE}) is empty (0 bytes): it was cut short."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The vault's database file ({DB_FILE}) has been cut short (truncated)."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The vault at {folder} has lost its key file ({KEY_FILE}); without it the vault cannot be opened. A backup can restore it.",
    ),
    QT_TRANSLATE_NOOP("Errors", "There is no vault at {source}. Nothing was moved."),
    QT_TRANSLATE_NOOP("Errors", "A vault cannot be moved into its own folder. Nothing was moved."),
    QT_TRANSLATE_NOOP(
        "Errors", "There is already something at {target}. Choose a new name; nothing was moved."
    ),
    QT_TRANSLATE_NOOP("Errors", "The vault could not be copied ({strerror}). Nothing was moved."),
    QT_TRANSLATE_NOOP("Errors", "The copy on the new drive did not match. Nothing was moved."),
    QT_TRANSLATE_NOOP("Errors", "The vault could not be moved ({strerror}). Nothing was moved."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{path} would be saved inside your vault's own folder, where it could overwrite your vault. Nothing was written; choose another folder.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This vault is already open in another Wellbeing window or command. Close it there first; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "There isn't enough room on the disk to save the new passphrase. Nothing was changed: your current passphrase still opens the vault. Free some space and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Wellbeing can't write in the vault folder (it may be read-only). Nothing was changed: your current passphrase still opens the vault.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Wellbeing couldn't write the new passphrase into the vault folder. Nothing was changed: your current passphrase still opens the vault.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A passphrase change was stopped just before the end; it has now been finished, and your vault opens with the new passphrase. The recovery key from before no longer opens it: if you did not see the new one, make a new recovery key in Settings.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The re-encrypted copy of your vault did not verify, so nothing was changed: your current passphrase still opens the vault.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An earlier passphrase change is still to be finished. Lock the vault and open it again, and it will be finished; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The key file and the database belong to different vaults. Nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A passphrase change was stopped before it was finished. Nothing was changed: your vault opens with the passphrase and recovery key it had before.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Something was still being saved, so the passphrase was not changed. Nothing was lost; try again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The new passphrase could not be put in place just now. It will be, the next time the vault is opened; until then the vault stays locked.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Something was saved while the vault was being re-encrypted, so the passphrase was not changed. Nothing was lost; try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A passphrase change that was stopped could not be finished, since its files are not as it left them. Nothing was changed; a backup can restore the vault.",
    ),
    QT_TRANSLATE_NOOP("Errors", "That {noun} is no longer there."),
    QT_TRANSLATE_NOOP("Errors", "This {noun} is already saved."),
    QT_TRANSLATE_NOOP("Errors", "This {noun} has not been saved yet."),
    QT_TRANSLATE_NOOP("Errors", "One of the linked values is no longer there."),
    QT_TRANSLATE_NOOP("Errors", "boundary"),
    QT_TRANSLATE_NOOP(
        "Errors", "Choose a day up to today: the plan as it stands now is always kept."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The history was forgotten, but its old copy could not be wiped from the vault file yet because the vault is busy. Locking the vault finishes it.",
    ),
    QT_TRANSLATE_NOOP("Errors", "That change is no longer in the history."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This is the latest change to this {noun}, so it shows how the {noun} stands now and stays in the history. Once the {noun} changes again, this change can be forgotten.",
    ),
    QT_TRANSLATE_NOOP("Errors", "value"),
    QT_TRANSLATE_NOOP("Errors", "goal"),
    QT_TRANSLATE_NOOP("Errors", "routine"),
    QT_TRANSLATE_NOOP("Errors", "safety plan"),
    QT_TRANSLATE_NOOP("Errors", "That journal entry is no longer there."),
    QT_TRANSLATE_NOOP("Errors", "This entry is already saved."),
    QT_TRANSLATE_NOOP("Errors", "This entry has not been saved yet."),
    QT_TRANSLATE_NOOP("Errors", "This review is already saved."),
    QT_TRANSLATE_NOOP("Errors", "That review is no longer there."),
    QT_TRANSLATE_NOOP("Errors", "This review has not been saved yet."),
    QT_TRANSLATE_NOOP("Errors", "A check-in cannot be for a day that has not come yet."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "It was deleted, but the vault is busy, so its old words could not be wiped from the vault file yet. Locking the vault finishes it.",
    ),
    QT_TRANSLATE_NOOP("Errors", "There is no backup at {path}. Nothing was changed."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} is damaged (its key file cannot be read) and cannot be used. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's database is damaged and cannot be read. Nothing has been changed; a backup can restore it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The disk is full. Nothing was lost; free some space and try again."
    ),
    QT_TRANSLATE_NOOP("Errors", "The vault folder cannot be written to. Nothing was changed."),
    QT_TRANSLATE_NOOP(
        "Errors", "The vault files could not be read or written. Nothing was changed."
    ),
)

#: Domain words the UI shows through ``tr()`` (such as the WHO-5's statements).
WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "DomainWords",
        "WHO-5 Well-Being Index. World Health Organization, 1998 (Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital).",
    ),
    QT_TRANSLATE_NOOP(
        "DomainWords",
        "Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.",
    ),
    QT_TRANSLATE_NOOP("DomainWords", "I have felt cheerful and in good spirits."),
    QT_TRANSLATE_NOOP("DomainWords", "I have felt calm and relaxed."),
    QT_TRANSLATE_NOOP("DomainWords", "I have felt active and vigorous."),
    QT_TRANSLATE_NOOP("DomainWords", "I woke up feeling fresh and rested."),
    QT_TRANSLATE_NOOP("DomainWords", "My daily life has been filled with things that interest me."),
    QT_TRANSLATE_NOOP("DomainWords", "At no time"),
    QT_TRANSLATE_NOOP("DomainWords", "Some of the time"),
    QT_TRANSLATE_NOOP("DomainWords", "Less than half of the time"),
    QT_TRANSLATE_NOOP("DomainWords", "More than half of the time"),
    QT_TRANSLATE_NOOP("DomainWords", "Most of the time"),
    QT_TRANSLATE_NOOP("DomainWords", "All of the time"),
)
