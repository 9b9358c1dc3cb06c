#!/bin/sh
# Fill packaging/flatpak/wheels/ before `flatpak-builder`: Wellbeing's own wheel, built
# from this tree, and every dependency as a wheel for the runtime's Python, each checked
# against the sha256 in requirements.txt. The Flatpak build itself then never goes online.
#
#   sh packaging/flatpak/fetch-wheels.sh            # Python 3.13 (org.freedesktop 25.08)
#   PY_VERSION=3.12 sh packaging/flatpak/fetch-wheels.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYTHON:-python3}
if [ -z "${PY_VERSION:-}" ] && command -v flatpak >/dev/null 2>&1; then
    # Ask the SDK itself, when it is installed.
    PY_VERSION=$(flatpak run --command=python3 org.freedesktop.Sdk//25.08 -c \
        'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")' 2>/dev/null || true)
fi
PY_VERSION=${PY_VERSION:-3.13}

rm -rf "$here/wheels"
mkdir -p "$here/wheels"
"$python" -m pip wheel --quiet --no-deps --wheel-dir "$here/wheels" "$root"
"$python" -m pip download --quiet --require-hashes --no-deps --only-binary=:all: \
    --implementation cp --python-version "$PY_VERSION" \
    --platform manylinux_2_34_x86_64 --platform manylinux_2_28_x86_64 \
    --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    --dest "$here/wheels" -r "$here/requirements.txt"
echo "Wheels for CPython $PY_VERSION in $here/wheels:"
ls "$here/wheels"
