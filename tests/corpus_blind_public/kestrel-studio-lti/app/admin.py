"""Staff admin pages. Apache mod_shib protects /admin; we only read the released attributes."""
from flask import Blueprint, abort, request

bp = Blueprint("admin", __name__, url_prefix="/admin")

ALLOWED = {"ctl-staff@kestrel.edu", "ctl-admins@kestrel.edu"}


@bp.before_request
def require_shib():
    groups = set((request.environ.get("isMemberOf") or "").split(";"))
    if not request.environ.get("eppn") or not (groups & ALLOWED):
        abort(403)


@bp.get("/")
def index():
    return {"user": request.environ["eppn"], "ok": True}
