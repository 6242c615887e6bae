# an uncaught AssertionError with a formatted message raised inside a method; stdout before it is kept
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        assert amount > 0, f"amount must be positive, got {amount}"
        assert amount <= self.balance, f"insufficient funds: {self.balance} < {amount}"
        self.balance -= amount
        return self.balance
acct = Account(100)
print(acct.withdraw(30))
print(acct.withdraw(20))
try:
    acct.withdraw(-5)
except AssertionError as e:
    print("caught:", e)
for amt in [10, 20, 100]:
    print("withdrawing", amt)
    print("balance", acct.withdraw(amt))
print("never printed")
def unused():
    pass
class AlsoUnused:
    value = 1
