#!/bin/sh
# TorchSharp's native glue (libLibTorchSharp.so) is built with GCC 13 and asks libstdc++ for one symbol of
# GLIBCXX_3.4.32, std::ios_base_library_init(), which Debian 12's libstdc++ (GCC 12) lacks. That function has
# nothing to do where the standard streams are built by static initializers (as in libtorch itself), so this
# patches the build output's copy: the version requirement becomes weak, the symbol loses its version, and a
# one-function shim that defines it is linked in. Idempotent; needs gcc, patchelf and python3.
set -e
here="$(dirname "$0")"
out="$here/bin/Release/net10.0/runtimes/linux-x64/native"
lib="$out/libLibTorchSharp.so"
if strings /usr/lib/x86_64-linux-gnu/libstdc++.so.6 | grep -q GLIBCXX_3.4.32; then exit 0; fi
if ! readelf -V "$lib" | grep -q "GLIBCXX_3.4.32  Flags: none"; then exit 0; fi
gcc -shared -fPIC -O2 -Wl,-soname,libiosinitshim.so -o "$out/libiosinitshim.so" "$here/ios-init-shim.c"
python3 "$here/weaken-version.py" "$lib" GLIBCXX_3.4.32
patchelf --clear-symbol-version _ZSt21ios_base_library_initv "$lib"
patchelf --add-needed libiosinitshim.so --set-rpath '$ORIGIN' "$lib"
