# Class-heavy code: attribute access, properties, inheritance, super.
import sys, time

class Shape(object):
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return self.name + ':' + str(self.area())

class Rect(Shape):
    def __init__(self, w, h):
        super(Rect, self).__init__('rect')
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def _get_perimeter(self):
        return 2 * (self.w + self.h)
    perimeter = property(_get_perimeter)

class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = 'square'

def main(n):
    t = time.time()
    total = 0
    for i in range(n):
        shapes = [Rect(i % 7, 3), Square(i % 5), Shape('blob')]
        for s in shapes:
            total += s.area()
            if isinstance(s, Rect):
                total += s.perimeter
            total += len(s.describe())
    return time.time() - t

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    sys.stdout.write("%.4f\n" % main(n))
