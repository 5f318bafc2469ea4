raise BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("v")])
