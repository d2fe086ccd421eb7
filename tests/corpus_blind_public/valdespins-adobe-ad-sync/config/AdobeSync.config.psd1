@{
    # Paramètres de connexion à l'API User Management d'Adobe
    OrgId            = '7E5C3A1B9D0F2E4A6C8B0D2F@AdobeOrg'
    ClientId         = '5d8f1a3c7e9b4d2f8a6c0e1b3d5f7a9c'
    TechAccountId    = '6B4D2F0A8C1E3B5D7F9A2C4E@techacct.adobe.com'
    # Le secret client est dans le Gestionnaire d'identification Windows (cible ci-dessous)
    ClientSecretName = 'AdobeSync-ClientSecret'
    ImsHost          = 'ims-na1.adobelogin.com'
    UmapiHost        = 'usermanagement.adobe.io'

    # --- Ancien identifiant JWT (certificat expire le 2025-09-30) : à retirer après la migration
    PrivateKeyPath   = 'C:\AdobeSync\cles\private.key'
    MetaScopes       = @('ent_user_sdk')

    # --- OAuth serveur à serveur
    Scopes           = 'openid,AdobeID,user_management_sdk'

    # Microsoft Entra ID (lecture des groupes infonuagiques)
    EntraTenantId    = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e'
    EntraClientId    = 'e4d3c2b1-a6f5-4c7b-9e8d-5d4c3b2a1f0e'
    EntraSecretName  = 'AdobeSync-Entra'

    # Correspondance groupes -> profils de produits
    Profils = @{
        'GG-Adobe-AcrobatPro' = 'Acrobat Pro - Employés'
        'GG-Adobe-CC-Toutes'  = 'Creative Cloud - Toutes les applications'
        'GG-Adobe-Express'    = 'Adobe Express - Communications'
    }
}
