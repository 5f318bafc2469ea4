def stop():
    try:
        raise ValueError("handled")
    except ValueError:
        raise SystemExit(3)
stop()
