# conform: args -m ast -a
π = 3.14159
größe = 10
日本 = "Japan"
café = π * größe
def résumé(naïve, Ωmega=1):
    return naïve + Ωmega
class Über:
    ñ = 1
x = f"{café} {日本}"
ß = "ß"
ǅ = 1
