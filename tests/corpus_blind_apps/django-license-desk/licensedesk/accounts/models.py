from django.contrib.auth.models import AbstractBaseUser
from django.db import models


class StaffUser(AbstractBaseUser):
    email = models.EmailField(unique=True)
    name = models.CharField(max_length=200, blank=True)
    USERNAME_FIELD = "email"
