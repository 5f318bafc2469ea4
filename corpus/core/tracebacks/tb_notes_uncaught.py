def validate(age):
    if age < 0:
        err = ValueError("age must be non-negative")
        err.add_note(f"got {age}")
        err.add_note("in validate()")
        raise err
validate(-5)
