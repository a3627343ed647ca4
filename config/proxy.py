"""The client's address behind one trusted proxy (DJANGO_BEHIND_PROXY=1), for django-axes."""


def client_address(request):
    """The right-most X-Forwarded-For entry: the address our proxy saw and appended. Entries to
    its left were sent by the client and can say anything."""
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [address for address in forwarded if address]
    return forwarded[-1] if forwarded else request.META.get("REMOTE_ADDR")
