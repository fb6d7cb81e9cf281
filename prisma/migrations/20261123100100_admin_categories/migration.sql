-- Administrators manage the category tree; its changes go to the audit log.

-- AlterEnum
ALTER TYPE "audit_action" ADD VALUE 'category-created';
ALTER TYPE "audit_action" ADD VALUE 'category-updated';
ALTER TYPE "audit_action" ADD VALUE 'category-deleted';
