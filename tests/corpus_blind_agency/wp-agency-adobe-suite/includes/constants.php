<?php
defined('ABSPATH') || exit;

// Adobe IMS (Target)
define('AAS_IMS_HOST', 'https://ims-na1.adobelogin.com/');
define('AAS_AUTH_ENDPOINT', AAS_IMS_HOST . 'ims/exchange/jwt/');
define('AAS_AUD_ENDPOINT_PREFIX', AAS_IMS_HOST . 'c/');
define('AAS_METASCOPE_ENDPOINT_PREFIX', AAS_IMS_HOST . 's/');
define('AAS_TARGET_METASCOPE', 'ent_marketing_sdk');
define('AAS_TARGET_API', 'https://mc.adobe.io/');

// Adobe Acrobat Sign (OAuth with refresh token, separate app in the Sign console)
define('AAS_SIGN_API', 'https://api.na1.adobesign.com/api/rest/v6/');
define('AAS_SIGN_OAUTH', 'https://api.na1.adobesign.com/oauth/v2/');

// Adobe Fonts
define('AAS_TYPEKIT_CSS', 'https://use.typekit.net/%s.css');
