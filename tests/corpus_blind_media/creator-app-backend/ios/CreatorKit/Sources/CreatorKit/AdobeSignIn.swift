import AuthenticationServices
import CryptoKit
import Foundation

/// Adobe ID sign-in (authorization code + PKCE). The code and verifier are sent to
/// creator-app-backend, which redeems them.
public final class AdobeSignIn: NSObject, ASWebAuthenticationPresentationContextProviding {
    private let clientId: String
    private let redirectScheme = "com.northwind.creator"
    private var session: ASWebAuthenticationSession?

    public init(clientId: String) {
        self.clientId = clientId
    }

    public func signIn(completion: @escaping (Result<(code: String, verifier: String), Error>) -> Void) {
        let verifier = Self.randomVerifier()
        let challenge = Self.challenge(for: verifier)
        var components = URLComponents(string: "https://ims-na1.adobelogin.com/ims/authorize/v2")!
        components.queryItems = [
            URLQueryItem(name: "client_id", value: clientId),
            URLQueryItem(name: "redirect_uri", value: "\(redirectScheme)://adobe/callback"),
            URLQueryItem(name: "scope", value: "openid,AdobeID,email,profile,offline_access"),
            URLQueryItem(name: "response_type", value: "code"),
            URLQueryItem(name: "code_challenge", value: challenge),
            URLQueryItem(name: "code_challenge_method", value: "S256"),
        ]
        session = ASWebAuthenticationSession(url: components.url!, callbackURLScheme: redirectScheme) { url, error in
            if let error = error {
                completion(.failure(error))
                return
            }
            let code = URLComponents(url: url!, resolvingAgainstBaseURL: false)?
                .queryItems?.first(where: { $0.name == "code" })?.value ?? ""
            completion(.success((code, verifier)))
        }
        session?.presentationContextProvider = self
        session?.prefersEphemeralWebBrowserSession = true
        session?.start()
    }

    public func presentationAnchor(for session: ASWebAuthenticationSession) -> ASPresentationAnchor {
        ASPresentationAnchor()
    }

    static func randomVerifier() -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        _ = SecRandomCopyBytes(kSecRandomDefault, bytes.count, &bytes)
        return Data(bytes).base64URLEncoded()
    }

    static func challenge(for verifier: String) -> String {
        Data(SHA256.hash(data: Data(verifier.utf8))).base64URLEncoded()
    }
}

extension Data {
    func base64URLEncoded() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
