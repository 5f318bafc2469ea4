# conform: args -m ast -a
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except Exception as err:
    raise RuntimeError("x") from err
try:
    raise
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
else:
    pass
finally:
    pass
