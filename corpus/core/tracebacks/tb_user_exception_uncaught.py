class ValidationError(Exception):
    pass
def validate(x):
    raise ValidationError(f"invalid: {x}")
validate(3)
