# three nested try statements: which handler catches and what finally prints
def level(n):
    try:
        try:
            try:
                if n == 0:
                    raise KeyError("k")
                if n == 1:
                    raise ValueError("v")
                if n == 2:
                    raise TypeError("t")
                return "none"
            except KeyError as e:
                return "inner " + repr(e)
            finally:
                print("  finally 1")
        except ValueError as e:
            return "middle " + str(e)
        finally:
            print("  finally 2")
    except TypeError as e:
        return "outer " + str(e)
for n in range(4):
    print(n, level(n))
