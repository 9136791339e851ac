"""Create objects of the interpreter's internal types directly.

Making code objects (new.code) is refused in a sandbox: the check is in
the code type's constructor itself."""

from types import ClassType as classobj
from types import FunctionType as function
from types import InstanceType as instance
from types import MethodType as instancemethod
from types import ModuleType as module
from types import CodeType as code
