package ru.opora.roadmap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.security.Roles;

@Path("/api/v1/roadmap-directions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Дорожные карты")
public class RoadmapDirectionResource {

    private final RoadmapQueries roadmaps;

    RoadmapDirectionResource(RoadmapQueries roadmaps) {
        this.roadmaps = roadmaps;
    }

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
    @Operation(operationId = "listRoadmapDirections", summary = "Справочник направлений (систем управления) дорожных карт")
    public List<DirectionView> list() {
        return roadmaps.directions();
    }
}
