# conform: args -m ast -a
obj.match = 1
obj.case = 2
obj.type = 3
obj._ = 4
print(obj.match, obj.case)
def match(case, type, _):
    return case, type, _
x = match(case=1, type=2, _=3)
lazy = 1
import lazy_module as lazy_alias
