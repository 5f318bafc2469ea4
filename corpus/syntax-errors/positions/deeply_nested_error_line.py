class A:
    class B:
        def method(self):
            for i in range(3):
                while True:
                    with open("f") as fh:
                        try:
                            if i:
                                1 = i
                        finally:
                            pass
