# Regular expressions: compile once, match, search, findall, sub.
import sys, time, re

TEXT = ("From: alice@example.com Date: 2006-07-20 Subject: sandbox draft v1.2\n"
        "To: bob@example.org, carol@example.net; id=4711 size=12345 bytes\n") * 20

def main(n):
    email = re.compile(r'[\w.]+@[\w.]+')
    date = re.compile(r'(\d{4})-(\d\d)-(\d\d)')
    num = re.compile(r'\b\d+\b')
    t = time.time()
    total = 0
    for i in range(n):
        total += len(email.findall(TEXT))
        m = date.search(TEXT)
        total += int(m.group(1))
        total += len(num.sub('#', TEXT))
        total += len(re.split(r'[;,]\s*', TEXT))
    return time.time() - t

if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    sys.stdout.write("%.4f\n" % main(n))
