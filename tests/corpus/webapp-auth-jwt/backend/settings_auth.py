from pathlib import Path

import yaml

BASE_DIR = Path(__file__).resolve().parent.parent
APP_CONFIG = yaml.safe_load((BASE_DIR / "config/app.yaml").read_text())
JWT_PRIVATE_KEY = (BASE_DIR / "keys/jwt-signing.pem").read_text()
JWT_PUBLIC_KEY = (BASE_DIR / "keys/jwt-signing.pub.pem").read_text() if (BASE_DIR / "keys/jwt-signing.pub.pem").exists() else None
