# Record-and-procedure integer work in the style of the classic
# Dhrystone-derived synthetic benchmarks: a classic class used as a
# record, module globals updated by small procedures, one- and
# two-dimensional arrays (lists), character and string comparisons.
# Written afresh in the common subset of Python 2.5 and 3.
import sys, time

RED, GREEN, BLUE, CYAN, MAGENTA = range(5)


class Item:
    def __init__(self, link=None, colour=0, tag=0, amount=0, label=''):
        self.link = link
        self.colour = colour
        self.tag = tag
        self.amount = amount
        self.label = label

    def clone(self):
        return Item(self.link, self.colour, self.tag, self.amount, self.label)


counter = 0
flag = False
letter_a = '\0'
letter_b = '\0'
row = [0] * 40
grid = [[0] * 40 for _i in range(40)]
head = None


def shift_colour(colour):
    if colour == RED:
        return GREEN
    if colour == GREEN:
        return BLUE
    if colour == BLUE:
        return CYAN
    return RED


def same_letter(a, b):
    if a != b:
        return RED
    return GREEN


def bump(x):
    global counter
    counter = counter + x
    return counter & 1023


def set_letters():
    global letter_a, letter_b, flag
    letter_a = 'A'
    letter_b = 'B'
    flag = letter_a == 'A'


def fill(base, value):
    row[base] = value
    row[base + 1] = row[base]
    row[base + 20] = base
    for k in range(base, base + 2):
        grid[base][k] = base
    grid[base][base - 1] = grid[base][base - 1] + 1
    grid[base + 20][base] = row[base]


def compare_labels(s1, s2):
    n = 1
    while n <= 1:
        if same_letter(s1[n], s2[n + 1]) == RED:
            n = n + 1
    if s1 > s2:
        return True
    return False


def relink(item):
    nxt = item.link
    copy = item.clone()
    copy.amount = 5
    nxt.amount = copy.amount
    nxt.link = copy.link
    if nxt.colour == RED:
        nxt.amount = 6
        nxt.colour = shift_colour(item.colour)
        nxt.tag = bump(nxt.amount)
    else:
        copy.amount = nxt.amount
    return copy


def run(loops):
    global head
    head = Item(None, RED, 0, 0, 'STRING ONE')
    head.link = Item(None, GREEN, 1, 40, 'STRING TWO')
    label1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    label2 = "DHRYSTONE PROGRAM, 2'ND STRING"
    total = 0
    for i in range(loops):
        set_letters()
        a = 2
        b = 3
        label2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        c = RED
        flag_now = not compare_labels(label1, label2)
        while a < b:
            d = 5 * a - b
            a = a + 1
        fill(8, d)
        head.link.colour = c
        item = relink(head)
        ch = 'A'
        while ch <= letter_b:
            if same_letter(ch, 'C') == c:
                c = shift_colour(c)
            ch = chr(ord(ch) + 1)
        b = b * a
        a = b // d
        b = 7 * (b - a) - a
        total = total + a + b + item.amount + (flag_now and 1 or 0)
    return total + counter


def main(n):
    t = time.time()
    run(n)
    return time.time() - t


if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    sys.stdout.write("%.4f\n" % main(n))
