package io.jianfu.command.meeting;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Which unit a registered cadre belongs to, as the command side's directory tables know it. */
public interface CadreUnits {

    Optional<String> unitOf(String cadreId);

    /** The unit of each registered cadre among {@code cadreIds}; unregistered cadres are left out. */
    Map<String, String> unitsOf(Collection<String> cadreIds);
}
