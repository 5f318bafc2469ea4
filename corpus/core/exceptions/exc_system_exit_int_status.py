# SystemExit(int) exits with that status
def main():
    print("working")
    raise SystemExit(42)
main()
print("not reached")
