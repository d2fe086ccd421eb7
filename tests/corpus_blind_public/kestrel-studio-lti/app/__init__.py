import configparser
import os

from flask import Flask

from . import admin, adobe_signin, lti


def create_app():
    app = Flask(__name__)
    cfg = configparser.ConfigParser()
    cfg.read(os.path.join(os.path.dirname(__file__), "..", "config", "settings.ini"))
    app.config["INI"] = cfg
    app.secret_key = os.environ["STUDIO_SESSION_KEY"]
    app.register_blueprint(lti.bp)
    app.register_blueprint(adobe_signin.bp)
    app.register_blueprint(admin.bp)
    return app
