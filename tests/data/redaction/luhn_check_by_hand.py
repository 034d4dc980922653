"""Helper used by hand when writing this test data; not part of qualkod and not a test.

Prints the Luhn check digit for the personnummer / samordningsnummer planted in
the transcripts here, so a reader can confirm they are valid (and that the
negative 19800101-1235 is not). Run: python luhn_check_by_hand.py
"""


def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


PLANTED = [
    "19850312-4623",
    "19900472-3343",
    "720914-1832",
    "191015+9027",
    "6402287715",
    "830661-2584",
    "199103075678",
    "560830-4191",
    "19800101-1235",  # negative: wrong check digit on purpose
]

if __name__ == "__main__":
    for number in PLANTED:
        digits = "".join(c for c in number if c.isdigit())[-10:]
        ok = luhn_digit(digits[:9]) == int(digits[9])
        print(f"{number:15} {'valid' if ok else 'INVALID'}")
