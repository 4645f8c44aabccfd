package dev.peerkit.atlas.peering.simulator.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which projects the simulator's credentials may change. By default they hold the Project Owner
 * role everywhere; a test can take it away for a project, and the endpoint then answers 403
 * {@code USER_CANNOT_ACCESS_GROUP}, as Atlas does for a caller without the role. Thread-safe.
 */
public final class ProjectAccess {

  private final Set<String> denied = ConcurrentHashMap.newKeySet();

  /** Creates the policy: Project Owner everywhere. */
  public ProjectAccess() {}

  /**
   * Takes the Project Owner role away in a project.
   *
   * @param groupId the project id
   */
  public void revokeProjectOwner(String groupId) {
    denied.add(groupId);
  }

  /**
   * Gives the Project Owner role back in a project.
   *
   * @param groupId the project id
   */
  public void grantProjectOwner(String groupId) {
    denied.remove(groupId);
  }

  /**
   * Tells whether updates in the project are allowed.
   *
   * @param groupId the project id
   * @return {@code false} if the role was revoked there
   */
  public boolean isProjectOwner(String groupId) {
    return !denied.contains(groupId);
  }

  /** Gives the role back everywhere. */
  public void reset() {
    denied.clear();
  }
}
