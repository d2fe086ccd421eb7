package gov.westmarkparks.permits.adobe;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class CampaignClient {

    private final ImsTokenClient ims;
    private final ImsProperties props;
    private final RestClient rest = RestClient.create();
    private final String base;
    private final String eventId;

    public CampaignClient(ImsTokenClient ims, ImsProperties props,
                          @Value("${adobe.campaign.base}") String base,
                          @Value("${adobe.campaign.permit-approved-event}") String eventId) {
        this.ims = ims;
        this.props = props;
        this.base = base;
        this.eventId = eventId;
    }

    public void sendPermitApproved(String email, String permitNo, String park, String arrival) {
        rest.post()
                .uri(base + "/mcwestmarkparks/" + eventId)
                .header("Authorization", "Bearer " + ims.accessToken())
                .header("X-Api-Key", props.clientId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "ctx", Map.of("permitNo", permitNo, "park", park, "arrival", arrival)))
                .retrieve()
                .toBodilessEntity();
    }
}
