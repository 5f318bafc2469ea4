# conform: args -m ast -a
ﬁle = 1
ℌ = 2
x = ｆｕｌｌ
µ = 1
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 3
def ﬀ(ℍ): return ℍ
