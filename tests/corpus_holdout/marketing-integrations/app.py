from flask import Flask

from adobe_user_oauth.login import bp as adobe_bp
from zoom_sdk.signature import bp as zoom_bp

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET_KEY"]
app.register_blueprint(adobe_bp)
app.register_blueprint(zoom_bp)
