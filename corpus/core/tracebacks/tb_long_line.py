values = {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4, "epsilon": 5, "zeta": 6, "eta": 7, "theta": 8, "iota": 9, "kappa": 10, "lambda": 11}
result = values["alpha"] + values["beta"] + values["gamma"] + values["delta"] + values["epsilon"] + values["zeta"] + values["omega"] + values["eta"]
