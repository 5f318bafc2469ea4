s = "héllo wörld" + f(
