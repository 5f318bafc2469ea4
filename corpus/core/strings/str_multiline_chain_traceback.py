# an error in the middle of a multi-line method chain points at the failing call
text = "a,b,c"
result = (
    text.upper()
        .split(",")[0]
        .center(5, "--")
)
print(result)
