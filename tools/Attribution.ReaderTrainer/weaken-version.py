"""Marks one version requirement of an ELF shared object weak, so the loader accepts a library without it.

usage: weaken-version.py LIBRARY VERSION
"""
import struct
import sys

path, wanted = sys.argv[1], sys.argv[2].encode()
data = bytearray(open(path, "rb").read())
shoff, = struct.unpack_from("<Q", data, 0x28)
shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
verneed = next(s for s in sections if s[1] == 0x6FFFFFFE)  # SHT_GNU_verneed
strtab = sections[verneed[6]][4]
name = lambda offset: bytes(data[strtab + offset:data.index(0, strtab + offset)])
entry = verneed[4]
changed = False
while True:
    _, count, _, aux_offset, next_entry = struct.unpack_from("<HHIII", data, entry)
    aux = entry + aux_offset
    for _ in range(count):
        _, flags, _, name_offset, next_aux = struct.unpack_from("<IHHII", data, aux)
        if name(name_offset) == wanted and not flags & 2:
            struct.pack_into("<H", data, aux + 4, flags | 2)  # VER_FLG_WEAK
            changed = True
        aux += next_aux
    if next_entry == 0:
        break
    entry += next_entry
if changed:
    open(path, "wb").write(data)
