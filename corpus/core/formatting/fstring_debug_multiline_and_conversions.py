x = 5
s = "é"
w = 6
print(f"{s=!a}", f"{s!a:>{w}}|", f"{x!r:{w}}|", f"{x:{w}{'d'}}|")
print(f"""{
x
=}""")
print(f"""{x # comment
=}""")
print(f"{x:{{w}}}" if False else "skip")
print(f"{x:=^{w}}", f"{x:{'='}^{w}}", f"{x!s:=>{w}}")
print(f"{'a' 'b'=}", f"{x=!s:{w}}|", f"{x = !r:^{w}}|")
d = {"a": 1}
print(f"{d['a']=}", f"{d=}", f'{d["a"]=}')
print(f"{x:{w}.{2}}" if False else f"{2.5:{w}.{2}}|")
print(f"{x!r}" f"{x!s}" f"{x}")
print(f"{3:{'' if x else 'x'}}")
print(f"{x:{w}}" * 2)
print(f"{x=}" + f"{s=}")
lst = [1, 2]
print(f"{lst[0]=:>4}|")
print(f"{x:}", f"{x!r:}")
print(f"{1_000=}", f"{0x10=}", f"{1e3=}", f"{ 1 + 1 = }")
