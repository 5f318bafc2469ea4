del x.__debug__
