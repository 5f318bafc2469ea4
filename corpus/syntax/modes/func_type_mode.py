# conform: args -m ast -a --mode func_type
(int, str, *list[int], **dict[str, int]) -> None
