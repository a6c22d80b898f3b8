"""Small date helper used while annotating (python3 cal.py DCT): prints the calendar facts
needed to resolve relative expressions against a DCT."""
import datetime as dt
import sys

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def last(dct, wd):
    """Most recent weekday wd (0=Mon) on or before dct."""
    return dct - dt.timedelta(days=(dct.weekday() - wd) % 7)


def nxt(dct, wd):
    """Next weekday wd strictly after dct."""
    return dct + dt.timedelta(days=(wd - dct.weekday() - 1) % 7 + 1)


def week(d, delta=0):
    y, w, _ = (d + dt.timedelta(weeks=delta)).isocalendar()
    return f"{y}-W{w:02d}"


if __name__ == "__main__":
    dct = dt.date.fromisoformat(sys.argv[1])
    print(dct, DAYS[dct.weekday()], "week", week(dct), "last week", week(dct, -1), "next week", week(dct, 1))
    for i, n in enumerate(DAYS):
        print(f"  {n:9s} past {last(dct, i)}  future {nxt(dct, i)}")
    for k in sys.argv[2:]:
        print(k, eval(k, {"dt": dt, "dct": dct, "last": last, "nxt": nxt, "week": week}))
