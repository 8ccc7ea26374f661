package io.jianfu.command.evaluation;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Handles {@link OrderRectification}: DISCIPLINE, about a department a closed campaign evaluated. */
@Component
public class RectificationOrders {
    private final Repository<EvaluationCampaign> campaigns;
    private final Repository<Rectification> rectifications;

    public RectificationOrders(Repository<EvaluationCampaign> campaigns, Repository<Rectification> rectifications) {
        this.campaigns = campaigns;
        this.rectifications = rectifications;
    }

    @CommandHandler
    public String handle(OrderRectification command, MetaData metaData) throws Exception {
        Actor.from(metaData).requireDiscipline("order a rectification");
        Check.fields()
             .required("id", command.orderId())
             .that(command.orderId() == null || Ids.isWellFormed(command.orderId()), "id",
                   "must be 1 to 64 letters, digits, '.', '-' or '_'")
             .required("campaignId", command.campaignId())
             .that(command.campaignId() == null || Ids.isWellFormed(command.campaignId().strip()), "campaignId",
                   "must be a campaign id")
             .required("departmentCode", command.departmentCode())
             .required("finding", command.finding())
             .maxLength("finding", command.finding(), Rectification.MAX_TEXT)
             .orThrow();
        requireUnused(command.orderId());
        campaigns.load(command.campaignId().strip())
                 .execute(campaign -> campaign.requireFindingsAbout(command.departmentCode().strip()));
        rectifications.newInstance(() -> new Rectification(command));
        return command.orderId();
    }

    private void requireUnused(String orderId) throws Exception {
        try {
            rectifications.load(orderId);
        } catch (AggregateNotFoundException free) {
            return;
        }
        throw new AlreadyExists(orderId, "Rectification order " + orderId + " already exists.");
    }
}
