# A method call whose `.name(` sits on a later line than the object: the traceback line and
# markers start at the method name (update_start_location_to_match_attr).
class Account:
    def withdraw(self, amount):
        return 100 // amount

acct = Account()
total = (acct
    .withdraw(
        0))
