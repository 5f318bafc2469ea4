# a ValueError from bytes.fromhex in a call spread over lines, uncaught
digest = bytes.fromhex(
    'deadbeef'
    'cafe'
    'zz'
)
