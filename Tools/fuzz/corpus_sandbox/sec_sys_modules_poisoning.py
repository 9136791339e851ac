# T2: plant a module in sys.modules under the name of a module the host
# will import, so the host gets attacker code.
import sys, types
def attack():
    fake = types.ModuleType('UserList')
    fake.security_suite_poisoned = RUN_ID
    sys.modules['UserList'] = fake
    return True

def host_effect():
    import UserList
    return getattr(UserList, 'security_suite_poisoned', None) == RUN_ID
