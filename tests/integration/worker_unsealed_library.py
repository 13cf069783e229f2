#!/usr/bin/env python3
"""coach-worker handed a plugin library it must hash itself (a plain file, not a sealed memory
file, as on a system without memfd sealing): it loads the library whose SHA-256 is the one the
engine vetted, and refuses one whose bytes differ, naming the change. The worker opens libcrypto
only for this hash (tools/coach-worker/sha256_on_demand.cpp), so it is checked here, through the
worker's own wire protocol (a load frame in, a hello frame out).

Usage: worker_unsealed_library.py COACH_WORKER PLUGIN_LIBRARY
"""
import hashlib
import os
import socket
import struct
import subprocess
import sys

worker, library = sys.argv[1], sys.argv[2]
HELLO, LOAD = 1, 6


def hello_from_worker(sha256):
    """The hello frame's payload a worker sends for `library` vetted with `sha256`."""
    descriptor = os.open(library, os.O_RDONLY)
    if descriptor != 3:
        os.dup2(descriptor, 3)
        os.close(descriptor)
    os.set_inheritable(3, True)
    engine, child = socket.socketpair()
    process = subprocess.Popen(
        [worker, "--library-fd", "3", "--library", library, "--sha256", sha256,
         "--host-pid", str(os.getpid())],
        stdin=child, stdout=child, pass_fds=(3,))
    child.close()
    os.close(3)
    load = bytes([LOAD]) + struct.pack("<II", 0, 0)  # no plugin folders, no protocol files
    engine.sendall(struct.pack("<I", len(load)) + load)
    length = struct.unpack("<I", engine.recv(4, socket.MSG_WAITALL))[0]
    payload = engine.recv(length, socket.MSG_WAITALL)
    engine.close()
    process.wait(timeout=30)
    assert payload[0] == HELLO, f"expected a hello frame, got type {payload[0]}"
    return payload


with open(library, "rb") as file:
    vetted = hashlib.sha256(file.read()).hexdigest()

same = hello_from_worker(vetted)
assert b"changed since the engine checked" not in same, same
assert b"eccentric-strength" in same, "the unchanged library did not load: " + repr(same)

other = hello_from_worker("0" * 64)
assert b"changed since the engine checked it: its SHA-256 is now " + vetted.encode() in other, other
assert b"eccentric-strength" not in other, other
print("worker hashed an unsealed library: loaded the vetted bytes, refused changed ones")
