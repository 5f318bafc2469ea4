# a user exception hierarchy caught at each level
class AppError(Exception): pass
class DBError(AppError): pass
class ConnError(DBError, ConnectionError): pass
class QueryError(DBError): pass
print([c.__name__ for c in ConnError.__mro__])
for cls in [ConnError, QueryError, AppError]:
    try:
        raise cls("boom")
    except ConnectionError as e:
        print("ConnectionError handler", type(e).__name__)
    except DBError as e:
        print("DBError handler", type(e).__name__)
    except AppError as e:
        print("AppError handler", type(e).__name__)
print(issubclass(ConnError, OSError), isinstance(ConnError(), AppError))
