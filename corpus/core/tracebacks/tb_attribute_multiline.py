# An attribute read on a later line than its object: the traceback shows only the name's line.
class Config:
    debug = False

cfg = Config()
value = (cfg
  .verbose
   )
