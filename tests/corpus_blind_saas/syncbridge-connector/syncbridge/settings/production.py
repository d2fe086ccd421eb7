from .base import *  # noqa: F401,F403
from .base import env

DEBUG = False
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("REDIS_URL"),
    }
}

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "connectors.adobe": {"handlers": ["console"], "level": "INFO"},
        "connectors.salesforce": {"handlers": ["console"], "level": "INFO"},
    },
}
