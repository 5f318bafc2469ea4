try:
    pass
except ValueError as e as f:
    pass
