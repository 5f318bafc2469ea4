class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
def validate(record):
    if "name" not in record:
        raise ValidationError("name", "required")
validate({"name": 1})
validate({})
